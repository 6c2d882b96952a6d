package uk.nhs.eia.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns a posted HTML form back into answers, as the JSON API would send them: the three parts of a date become
 * one ISO date (or stay as typed, for the checks to refuse), a ticked box becomes true, dynamic list rows become a
 * list. Only the form's own fields are read; anything else posted is ignored.
 */
@Component
public class FormBinder {

    public Map<String, Object> bind(FormDefinition form, Map<String, String[]> posted) {
        return bind(form.components(), posted, "");
    }

    private Map<String, Object> bind(List<FormComponent> components, Map<String, String[]> posted, String prefix) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormComponent component : components) {
            switch (component.type()) {
                case GROUP -> answers.putAll(bind(component.components(), posted, prefix));
                case DYNAMIC_LIST -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int index : rowIndexes(prefix + component.path(), posted)) {
                        rows.add(bind(component.components(), posted, prefix + component.path() + "[" + index + "]."));
                    }
                    answers.put(component.path(), rows);
                }
                case DATETIME -> date(posted, prefix + component.key()).ifPresent(date -> answers.put(component.key(), date));
                case CHECKBOX -> answers.put(component.key(), first(posted, prefix + component.key()) != null);
                case CHECKLIST, TAGLIST -> {
                    String[] values = posted.get(prefix + component.key());
                    if (values != null) {
                        answers.put(component.key(), Arrays.stream(values).filter(value -> !value.isBlank()).toList());
                    }
                }
                default -> {
                    if (component.type().holdsValue()) {
                        String value = first(posted, prefix + component.key());
                        if (value != null && !value.isBlank()) {
                            answers.put(component.key(), value);
                        }
                    }
                }
            }
        }
        return answers;
    }

    /** The answers with an empty row added to the dynamic list at {@code path}: the "Add another" button. */
    public Map<String, Object> withRowAdded(Map<String, Object> answers, String path) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        List<Object> rows = new ArrayList<>(answers.get(path) instanceof List<?> list ? list : List.of());
        rows.add(Map.of());
        changed.put(path, rows);
        return changed;
    }

    /** The answers without the row {@code path[index]} names: a row's "Remove" button. */
    public Map<String, Object> withRowRemoved(Map<String, Object> answers, String row) {
        Matcher named = Pattern.compile("(.+)\\[(\\d{1,4})]").matcher(row);
        if (!named.matches() || !(answers.get(named.group(1)) instanceof List<?> list)) {
            return answers;
        }
        int index = Integer.parseInt(named.group(2));
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        List<Object> rows = new ArrayList<>(list);
        if (index < rows.size()) {
            rows.remove(index);
        }
        changed.put(named.group(1), rows);
        return changed;
    }

    private static Optional<String> date(Map<String, String[]> posted, String name) {
        String day = blankToEmpty(first(posted, name + "-day"));
        String month = blankToEmpty(first(posted, name + "-month"));
        String year = blankToEmpty(first(posted, name + "-year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.of(day + "/" + month + "/" + year);
        }
    }

    private static TreeSet<Integer> rowIndexes(String path, Map<String, String[]> posted) {
        Pattern row = Pattern.compile(Pattern.quote(path) + "\\[(\\d{1,4})]\\..*");
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String name : posted.keySet()) {
            Matcher matcher = row.matcher(name);
            if (matcher.matches()) {
                indexes.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indexes;
    }

    private static String first(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
