package uk.nhs.eia.contract.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import uk.nhs.eia.forms.FormDefinition;

/**
 * Whether the process model's routing still reads answers the forms ask: each name a flow's condition uses must
 * be the key of a question on some form or a variable the model itself sets (an output parameter), and each value
 * it compares a question's answer with must be one of the question's options. A renamed question or option would
 * otherwise leave a case stuck at a gateway, or send it the wrong way.
 */
final class ModelConditions {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b([A-Za-z_][A-Za-z0-9_]*)\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A name not preceded by "." and not followed by "(": neither a property nor a method. */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Set<String> EXPRESSION_WORDS = Set.of("true", "false", "null", "and", "or", "not", "eq",
            "ne", "lt", "gt", "le", "ge", "empty", "div", "mod", "instanceof");

    private ModelConditions() {
    }

    /** Every way the conditions in {@code file} disagree with the forms, each naming the file, the flow and the key. */
    static List<String> disagreements(String file, BpmnModelInstance model, Collection<FormDefinition> forms) {
        CarriedAnswers questions = new CarriedAnswers(forms);
        Set<String> setByTheModel = new LinkedHashSet<>();
        model.getModelElementsByType(CamundaOutputParameter.class)
                .forEach(output -> setByTheModel.add(output.getCamundaName()));
        List<String> found = new ArrayList<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression condition = flow.getConditionExpression();
            if (condition == null || condition.getTextContent() == null) {
                continue;
            }
            String expression = condition.getTextContent();
            for (String name : names(expression)) {
                if (!questions.asked(name) && !setByTheModel.contains(name)) {
                    found.add("%s: the condition of flow %s reads \"%s\", which no form asks and the model does not set"
                            .formatted(file, flow.getId(), name));
                }
            }
            Matcher comparison = COMPARISON.matcher(expression);
            while (comparison.find()) {
                String key = comparison.group(1);
                String value = comparison.group(2);
                if (questions.asked(key) && !questions.offers(key, value)) {
                    found.add("%s: the condition of flow %s tests \"%s\" for \"%s\", which no form offers for it"
                            .formatted(file, flow.getId(), key, value));
                }
            }
        }
        return found;
    }

    private static Set<String> names(String expression) {
        String code = expression.strip();
        if (code.startsWith("${") || code.startsWith("#{")) {
            code = code.substring(2, code.endsWith("}") ? code.length() - 1 : code.length());
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(STRING.matcher(code).replaceAll(" "));
        while (name.find()) {
            if (!EXPRESSION_WORDS.contains(name.group(1))) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
