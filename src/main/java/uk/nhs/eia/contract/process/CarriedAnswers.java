package uk.nhs.eia.contract.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;

/**
 * The answers the process carries, as the decisions and the model's conditions read them: every question of every
 * form by its key, those inside dynamic lists left out (a list's rows are not variables of their own).
 */
final class CarriedAnswers {

    private final Map<String, List<FormComponent>> byKey = new HashMap<>();

    CarriedAnswers(Collection<FormDefinition> forms) {
        for (FormDefinition form : forms) {
            Set<String> keys = form.valueKeys();
            form.allComponents().stream().filter(component -> component.key() != null && keys.contains(component.key()))
                    .forEach(component -> byKey.computeIfAbsent(component.key(), key -> new ArrayList<>()).add(component));
        }
    }

    boolean asked(String key) {
        return byKey.containsKey(key);
    }

    /** Whether some form offers {@code value} for {@code key}; true when no form asks it with options to check. */
    boolean offers(String key, String value) {
        List<FormComponent> asking = byKey.getOrDefault(key, List.of());
        return asking.stream().allMatch(question -> question.options().isEmpty())
                || asking.stream().flatMap(question -> question.options().stream())
                        .anyMatch(option -> option.value().equals(value));
    }
}
