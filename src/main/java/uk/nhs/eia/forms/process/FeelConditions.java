package uk.nhs.eia.forms.process;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Optional;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.Conditions;

/**
 * Form conditions evaluated by the FEEL engine that Camunda ships, the same one Tasklist's forms follow. Each
 * expression is parsed once: parsing was a tenth of a step's time, and the expressions come from the deployed forms.
 */
@Component
public class FeelConditions implements Conditions {

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
    private final Cache<String, Optional<ParsedExpression>> parsed = Caffeine.newBuilder().maximumSize(10_000).build();

    @Override
    public boolean holds(String feelExpression, Map<String, Object> values) {
        return Boolean.TRUE.equals(value(feelExpression, values));
    }

    @Override
    public Object value(String feelExpression, Map<String, Object> values) {
        return parsed.get(feelExpression, this::parse)
                .map(expression -> feel.evaluate(expression, values))
                .filter(EvaluationResult::isSuccess)
                .map(EvaluationResult::result)
                .orElse(null);
    }

    private Optional<ParsedExpression> parse(String feelExpression) {
        ParseResult result = feel.parseExpression(feelExpression);
        return result.isSuccess() ? Optional.of(result.parsedExpression()) : Optional.empty();
    }
}
