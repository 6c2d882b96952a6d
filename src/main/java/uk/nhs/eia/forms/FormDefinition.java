package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed form: its id (what {@code camunda:formRef} names), the file it came from, and its components. */
public record FormDefinition(String id, String source, List<FormComponent> components) {

    /** Every component, depth first, including those inside groups and dynamic lists. */
    public List<FormComponent> allComponents() {
        List<FormComponent> all = new ArrayList<>();
        collect(components, all);
        return all;
    }

    /** The keys a submission of this form may carry: fields, through groups, and the lists dynamic lists fill. */
    public Set<String> valueKeys() {
        return valueKeys(components);
    }

    /**
     * The answers too large to carry in the process once they are kept on the record: long text and dynamic lists,
     * unless the form author marks a field {@code keepInProcess} because the process or a later form reads it.
     */
    public Set<String> largeAnswerKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (FormComponent component : allComponents()) {
            boolean large = component.type() == ComponentType.TEXTAREA || component.type() == ComponentType.DYNAMIC_LIST;
            if (large && !"true".equals(component.properties().get("keepInProcess"))) {
                keys.add(component.type() == ComponentType.DYNAMIC_LIST ? component.path() : component.key());
            }
        }
        keys.retainAll(valueKeys());
        return keys;
    }

    /**
     * How a reviewer hands this step back, when the form author marked it: the decision field and its value that
     * mean "return" ({@code returnWith}), the field naming the step to return to ({@code returnStep}, if the form
     * offers a choice), and the field for the comment the author will see ({@code returnComment}).
     */
    public Optional<ReturnRoute> returnRoute() {
        FormComponent decision = null;
        FormComponent step = null;
        FormComponent comment = null;
        for (FormComponent component : allComponents()) {
            if (component.properties().containsKey("returnWith")) {
                decision = component;
            } else if ("true".equals(component.properties().get("returnStep"))) {
                step = component;
            } else if ("true".equals(component.properties().get("returnComment"))) {
                comment = component;
            }
        }
        if (decision == null || comment == null) {
            return Optional.empty();
        }
        return Optional.of(new ReturnRoute(decision.key(), decision.properties().get("returnWith"),
                step == null ? null : step.key(), step == null ? List.of() : step.options(), comment.key()));
    }

    /** Whether these answers hand the step back to an earlier one rather than accept the work. */
    public boolean returns(Map<String, Object> answers) {
        return returnRoute().map(route -> route.decisionValue().equals(answers.get(route.decisionKey()))).orElse(false);
    }

    /**
     * The reviewer's ratings, one per area of the quality rubric: fields marked with the rubric checks
     * ({@code rubricChecks}, as "Q5,Q13") that bear on what they rate.
     */
    public List<FormComponent> rubricAreas() {
        return allComponents().stream().filter(component -> component.properties().containsKey("rubricChecks")).toList();
    }

    /** The fields whose answers the record shows as comments: a reviewer's reasons and notes. */
    public List<FormComponent> commentFields() {
        return allComponents().stream().filter(component -> "true".equals(component.properties().get("comment"))).toList();
    }

    /** Where a returned step can go back to ({@code steps}, empty when the form offers no choice) and what to fill. */
    public record ReturnRoute(String decisionKey, String decisionValue, String stepKey, List<FormComponent.Option> steps,
            String commentKey) {

        /** The answers that return the step to {@code toStep} with {@code comment}. */
        public Map<String, Object> answers(String toStep, String comment) {
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put(decisionKey, decisionValue);
            if (stepKey != null) {
                answers.put(stepKey, toStep);
            }
            answers.put(commentKey, comment);
            return answers;
        }

        public boolean offers(String toStep) {
            return steps.isEmpty() ? toStep == null || toStep.isBlank()
                    : steps.stream().anyMatch(option -> option.value().equals(toStep));
        }
    }

    static Set<String> valueKeys(List<FormComponent> components) {
        Set<String> keys = new LinkedHashSet<>();
        for (FormComponent component : components) {
            if (component.type() == ComponentType.DYNAMIC_LIST) {
                keys.add(component.path());
            } else if (component.type() == ComponentType.GROUP) {
                keys.addAll(valueKeys(component.components()));
            } else if (component.type().holdsValue()) {
                keys.add(component.key());
            }
        }
        return keys;
    }

    private static void collect(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            into.add(component);
            collect(component.components(), into);
        }
    }
}
