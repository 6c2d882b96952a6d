package uk.nhs.eia.forms;

import java.util.List;
import java.util.Map;

/**
 * One component of a form. {@code key} names the value it holds; {@code path} the list a dynamic list fills;
 * {@code text} is the Markdown of a text component; {@code valuesExpression} a FEEL expression giving its options;
 * {@code hideWhen} the FEEL condition under which it is hidden; {@code readonly} "true", or a FEEL condition; {@code properties} are the form author's custom
 * properties, such as {@code errorName}, the words error messages use for the field.
 */
public record FormComponent(String id, ComponentType type, String key, String path, String label, String hint,
        String text, Map<String, Object> validate, List<Option> options, String valuesExpression, String hideWhen,
        String readonly, Map<String, String> properties, Integer decimalDigits, List<FormComponent> components) {

    public boolean required() {
        return Boolean.TRUE.equals(validate.get("required"));
    }

    /** How error messages name the field: the author's {@code errorName}, or the label in lower case. */
    public String errorName() {
        String name = properties.get("errorName");
        if (name != null) {
            return name;
        }
        String text = label == null ? key : label.strip();
        if (text.endsWith("?")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }


    public record Option(String value, String label) {
    }
}
