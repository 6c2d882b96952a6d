package uk.nhs.eia.contract.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import uk.nhs.eia.forms.FormDefinition;

/**
 * Whether the decision tables still read answers the forms ask: each name an input expression uses must be the key
 * of a question on some form, since the process carries the answers under their keys, and each value a rule
 * tests a question's answer for must be one of the question's options. A renamed question or option would otherwise
 * quietly stop a rule matching.
 */
final class DecisionInputs {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A name not followed by "(", which would make it a function such as string() or decimal(). */
    private static final Pattern NAME = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "in", "if", "then",
            "else", "for", "some", "every", "satisfies", "between", "instance", "of", "function", "return");

    private DecisionInputs() {
    }

    /** Every way the decisions in {@code file} disagree with the forms, each naming the file and the key. */
    static List<String> disagreements(String file, DmnModelInstance decisions, Collection<FormDefinition> forms) {
        CarriedAnswers questions = new CarriedAnswers(forms);
        List<String> found = new ArrayList<>();
        for (Decision decision : decisions.getModelElementsByType(Decision.class)) {
            if (!(decision.getExpression() instanceof DecisionTable table)) {
                continue;
            }
            List<Input> inputs = List.copyOf(table.getInputs());
            for (Input input : inputs) {
                String expression = text(input.getInputExpression() == null ? null : input.getInputExpression().getText());
                for (String name : names(expression)) {
                    if (!questions.asked(name)) {
                        found.add("%s: input \"%s\" of decision %s reads \"%s\", which no form asks".formatted(file,
                                input.getLabel(), decision.getId(), name));
                    }
                }
            }
            for (Rule rule : table.getRules()) {
                List<InputEntry> entries = List.copyOf(rule.getInputEntries());
                for (int i = 0; i < entries.size() && i < inputs.size(); i++) {
                    String key = text(inputs.get(i).getInputExpression().getText()).strip();
                    for (String value : strings(text(entries.get(i).getText()))) {
                        if (!questions.offers(key, value)) {
                            found.add("%s: rule %s of decision %s tests \"%s\" for \"%s\", which no form offers for it"
                                    .formatted(file, rule.getId(), decision.getId(), key, value));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> names(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(STRING.matcher(expression).replaceAll(" "));
        while (name.find()) {
            if (!FEEL_WORDS.contains(name.group(1))) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static List<String> strings(String entry) {
        List<String> strings = new ArrayList<>();
        Matcher string = STRING.matcher(entry);
        while (string.find()) {
            strings.add(string.group().substring(1, string.group().length() - 1));
        }
        return strings;
    }

    private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
        return text == null || text.getTextContent() == null ? "" : text.getTextContent();
    }
}
