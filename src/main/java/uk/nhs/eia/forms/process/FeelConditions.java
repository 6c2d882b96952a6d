package uk.nhs.eia.forms.process;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.Conditions;

/** Form conditions evaluated by the FEEL engine that Camunda ships, the same one Tasklist's forms follow. */
@Component
public class FeelConditions implements Conditions {

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();

    @Override
    public boolean holds(String feelExpression, Map<String, Object> values) {
        EvaluationResult result = feel.evaluateExpression(feelExpression, values);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    @Override
    public Object value(String feelExpression, Map<String, Object> values) {
        EvaluationResult result = feel.evaluateExpression(feelExpression, values);
        return result.isSuccess() ? result.result() : null;
    }
}
