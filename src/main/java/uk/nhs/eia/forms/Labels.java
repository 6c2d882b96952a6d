package uk.nhs.eia.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words people chose from when they answered: option labels read from the forms, so the record and the
 * register say "Budget or savings decision", not "budget-savings", and the forms stay the one place for them.
 */
@Component("labels")
public class Labels {

    private final Map<String, Map<String, String>> byField = new LinkedHashMap<>();

    Labels(FormCatalogue forms) {
        forms.all().forEach(form -> form.allComponents().stream()
                .filter(component -> component.key() != null && !component.options().isEmpty())
                .forEach(component -> byField.putIfAbsent(component.key(), options(component.options()))));
    }

    /** The label of {@code value} in the field {@code key}, or the value itself when the forms have none. */
    public String of(String key, String value) {
        if (value == null) {
            return null;
        }
        return byField.getOrDefault(key, Map.of()).getOrDefault(value, value);
    }

    /** The options of the field {@code key}, value to label, in the form's order. */
    public Map<String, String> options(String key) {
        return byField.getOrDefault(key, Map.of());
    }

    private static Map<String, String> options(List<FormComponent.Option> options) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(option -> labels.put(option.value(), option.label()));
        return labels;
    }
}
