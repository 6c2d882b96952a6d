package uk.nhs.eia.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.Labels;

/**
 * What changed between two sets of answers to a step, field by field in the form's order, each row of a list
 * compared with the row in the same place, and option values shown with the words people chose from.
 */
final class AnswerDiff {

    private final FormDefinition form;
    private final Labels labels;

    AnswerDiff(FormDefinition form, Labels labels) {
        this.form = form;
        this.labels = labels;
    }

    List<AnswerChange> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> was = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(now.keySet());
        List<AnswerChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = was.get(field);
            String current = now.get(field);
            if (!Objects.equals(old, current)) {
                changes.add(new AnswerChange(field, label(field), Objects.toString(old, ""), Objects.toString(current, ""),
                        old == null ? "added" : current == null ? "removed" : "changed"));
            }
        }
        return changes;
    }

    /** Every answer as text under its field, rows of lists as {@code key[n].field}, in the form's order. */
    private Map<String, String> flatten(Map<String, Object> answers) {
        Map<String, String> flat = new LinkedHashMap<>();
        List<String> order = form.allComponents().stream().map(AnswerDiff::nameOf).filter(Objects::nonNull).toList();
        List<String> keys = new ArrayList<>(answers.keySet());
        keys.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
        for (String key : keys) {
            Object value = answers.get(key);
            if (value instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof Map<?, ?>) {
                for (int row = 0; row < rows.size(); row++) {
                    for (Map.Entry<?, ?> cell : ((Map<?, ?>) rows.get(row)).entrySet()) {
                        flat.put("%s[%d].%s".formatted(key, row + 1, cell.getKey()), text(cell.getKey().toString(), cell.getValue()));
                    }
                }
            } else if (value != null) {
                flat.put(key, text(key, value));
            }
        }
        return flat;
    }

    private String text(String key, Object value) {
        if (value instanceof List<?> values) {
            return values.stream().map(item -> labels.of(key, Objects.toString(item))).collect(Collectors.joining(", "));
        }
        return labels.of(key, value.toString());
    }

    private String label(String field) {
        int open = field.indexOf('[');
        if (open < 0) {
            return labelOf(field);
        }
        String list = field.substring(0, open);
        String row = field.substring(open + 1, field.indexOf(']'));
        return "%s %s: %s".formatted(labelOf(list), row, labelOf(field.substring(field.indexOf("].") + 2)));
    }

    private String labelOf(String key) {
        return form.allComponents().stream().filter(component -> key.equals(nameOf(component)))
                .map(FormComponent::label).filter(Objects::nonNull).filter(label -> !label.isBlank()).findFirst().orElse(key);
    }

    /** The name an answer is kept under: a field's key, or a list's path. */
    private static String nameOf(FormComponent component) {
        return component.key() != null ? component.key() : component.path();
    }

    private static int position(List<String> order, String key) {
        int index = order.indexOf(key);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
