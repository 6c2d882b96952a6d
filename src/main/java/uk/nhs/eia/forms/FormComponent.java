package uk.nhs.eia.forms;

import java.util.List;
import java.util.Map;

/**
 * One component of a form. {@code key} names the value it holds; {@code path} the list a dynamic list fills;
 * {@code hideWhen} is the FEEL condition under which it is hidden.
 */
public record FormComponent(String id, ComponentType type, String key, String path, String label, String hint,
        Map<String, Object> validate, List<Option> options, String hideWhen, List<FormComponent> components) {

    public boolean required() {
        return Boolean.TRUE.equals(validate.get("required"));
    }

    public record Option(String value, String label) {
    }
}
