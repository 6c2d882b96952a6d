package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.eia.forms.FieldView.Reveal;

/**
 * The follow-up questions of one scope of a form (its top level with its groups, or one dynamic list row) that a
 * browser can unfold as soon as they are asked for: those whose condition reads one choice on the page (a radio, a
 * select or a single checkbox) and no other answer a person could change there. The browser is told, for each, the
 * answers that show it, found by asking the form's own condition about every answer the choice can take, so that it
 * shows exactly what the server would show once the answers are sent.
 */
final class Reveals {

    /** What the browser reads from a choice nobody has made yet: the server has no value for it either. */
    private static final String NO_ANSWER = "";
    /** The value a ticked checkbox posts. */
    static final String TICKED = String.valueOf(true);

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final Map<FormComponent, Reveal> followUps = new IdentityHashMap<>();
    private final Map<FormComponent, Map<String, List<String>>> containersByAnswer = new IdentityHashMap<>();

    private Reveals() {
    }

    /**
     * @param components the scope's components, as the page lays them out
     * @param scope      the values the scope's conditions read: the answers so far and the step's context
     * @param prefix     what the scope's posted names start with: "" at the top, "list[0]." in a row
     * @param formKeys   every key of the form, in any scope: any of them a condition reads could change on the page
     */
    static Reveals in(List<FormComponent> components, Map<String, Object> scope, String prefix, Set<String> formKeys,
            Conditions conditions) {
        List<FormComponent> inScope = new ArrayList<>();
        Map<String, Integer> choices = new HashMap<>();
        collect(components, true, inScope, choices, scope, conditions);
        Reveals reveals = new Reveals();
        for (int at = 0; at < inScope.size(); at++) {
            FormComponent followUp = inScope.get(at);
            Integer choiceAt = followUp.hideWhen() == null ? null : onlyChoiceRead(followUp.hideWhen(), formKeys, choices);
            if (choiceAt != null) {
                reveals.consider(followUp, inScope.get(choiceAt), choiceAt < at, scope, prefix, conditions);
            }
        }
        return reveals;
    }

    /** How the component unfolds in the browser; null when it is simply shown, or left out while hidden. */
    Reveal of(FormComponent component) {
        return followUps.get(component);
    }

    /** The containers this answer to the choice unfolds, as an {@code aria-controls} value; null for none. */
    String containersShownBy(FormComponent choice, String answer) {
        List<String> ids = containersByAnswer.getOrDefault(choice, Map.of()).get(answer);
        return ids == null ? null : String.join(" ", ids);
    }

    /** Every container an answer to the choice unfolds, as an {@code aria-controls} value; null for none. */
    String containersOf(FormComponent choice) {
        Set<String> ids = new LinkedHashSet<>();
        containersByAnswer.getOrDefault(choice, Map.of()).values().forEach(ids::addAll);
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /**
     * The scope's components in page order, through groups but not into dynamic lists (each row is a scope of its
     * own), and where the choices among them are. A choice is one only while always on the page and open to change:
     * one that is itself hidden, or read-only, leaves its follow-ups to the server.
     */
    private static void collect(List<FormComponent> components, boolean alwaysShown, List<FormComponent> inScope,
            Map<String, Integer> choices, Map<String, Object> scope, Conditions conditions) {
        for (FormComponent component : components) {
            boolean shown = alwaysShown && component.hideWhen() == null;
            if (shown && isChoice(component) && !conditions.makesReadonly(component, scope)) {
                choices.put(component.key(), inScope.size());
            }
            inScope.add(component);
            if (component.type() == ComponentType.GROUP) {
                collect(component.components(), shown, inScope, choices, scope, conditions);
            }
        }
    }

    private static boolean isChoice(FormComponent component) {
        return component.key() != null && switch (component.type()) {
            case RADIO, SELECT, CHECKBOX -> true;
            default -> false;
        };
    }

    /** Where the one choice the condition reads is, when it reads no other answer of the form; else null. */
    private static Integer onlyChoiceRead(String condition, Set<String> formKeys, Map<String, Integer> choices) {
        Set<String> read = new LinkedHashSet<>();
        Matcher names = NAME.matcher(STRING_LITERAL.matcher(condition).replaceAll(" "));
        while (names.find()) {
            if (formKeys.contains(names.group())) {
                read.add(names.group());
            }
        }
        return read.size() == 1 ? choices.get(read.iterator().next()) : null;
    }

    private void consider(FormComponent followUp, FormComponent choice, boolean beneath, Map<String, Object> scope,
            String prefix, Conditions conditions) {
        Map<String, Object> answers = answersTo(choice, scope, conditions);
        List<String> showing = new ArrayList<>();
        answers.forEach((posted, value) -> {
            if (!conditions.hides(followUp, with(scope, choice.key(), value))) {
                showing.add(posted);
            }
        });
        // Shown whatever is chosen, or never: the choice makes no difference, and the page is as it always was.
        if (showing.isEmpty() || showing.size() == answers.size()) {
            return;
        }
        String container = "conditional-" + FormRenderer.idOf(FormRenderer.nameOf(followUp, prefix));
        followUps.put(followUp, new Reveal(container, prefix + choice.key(), List.copyOf(showing),
                conditions.hides(followUp, scope), beneath));
        Map<String, List<String>> byAnswer = containersByAnswer.computeIfAbsent(choice, ignored -> new HashMap<>());
        showing.forEach(posted -> byAnswer.computeIfAbsent(posted, ignored -> new ArrayList<>()).add(container));
    }

    /** Each answer the choice can take, as the browser posts it, and the value the server's conditions then see. */
    private static Map<String, Object> answersTo(FormComponent choice, Map<String, Object> scope, Conditions conditions) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (choice.type() == ComponentType.CHECKBOX) {
            answers.put(TICKED, true);
            answers.put(String.valueOf(false), false);
            return answers;
        }
        answers.put(NO_ANSWER, null);
        conditions.optionsOf(choice, scope).forEach(option -> answers.put(option.value(), option.value()));
        return answers;
    }

    /** The scope as the server would see it with this answer: no answer is no value at all, as the binder leaves it. */
    private static Map<String, Object> with(Map<String, Object> scope, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(scope);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }
}
