package uk.nhs.eia.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates a form's FEEL conditions (the text after {@code =}) against the values a form can see. */
public interface Conditions {

    /** Whether the condition holds; a condition that cannot be evaluated does not hold. */
    boolean holds(String feelExpression, Map<String, Object> values);

    /** The value of an expression, such as a list of options; null when it cannot be evaluated. */
    Object value(String feelExpression, Map<String, Object> values);

    /** Whether a component is hidden where these values are in view. */
    default boolean hides(FormComponent component, Map<String, Object> values) {
        return component.hideWhen() != null && holds(feel(component.hideWhen()), values);
    }

    /** Whether a component is read-only where these values are in view: {@code readonly} is true or its condition holds. */
    default boolean makesReadonly(FormComponent component, Map<String, Object> values) {
        String readonly = component.readonly();
        return readonly != null && ("true".equals(readonly) || (readonly.strip().startsWith("=") && holds(feel(readonly), values)));
    }

    /** The component's options: fixed in the form, or from its {@code valuesExpression}. */
    default List<FormComponent.Option> optionsOf(FormComponent component, Map<String, Object> values) {
        if (component.valuesExpression() == null) {
            return component.options();
        }
        if (!(value(feel(component.valuesExpression()), values) instanceof List<?> items)) {
            return List.of();
        }
        List<FormComponent.Option> options = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> option && option.get("value") != null) {
                Object label = option.get("label");
                options.add(new FormComponent.Option(option.get("value").toString(),
                        label == null ? option.get("value").toString() : label.toString()));
            } else if (item != null) {
                options.add(new FormComponent.Option(item.toString(), item.toString()));
            }
        }
        return options;
    }

    private static String feel(String expression) {
        String trimmed = expression.strip();
        return trimmed.startsWith("=") ? trimmed.substring(1) : trimmed;
    }
}
