package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;

/**
 * Checks a submission against its form on the server, whichever door it came through. Every error is returned at
 * once, each naming the field and saying how to put it right. Values of hidden fields are dropped, so they are
 * never required and never stored.
 */
@Component
public class FormValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Conditions conditions;
    private final FormLimits limits;

    public FormValidator(Conditions conditions, FormLimits limits) {
        this.conditions = conditions;
        this.limits = limits;
    }

    /**
     * @param submitted the answers, as a form or API sends them
     * @param context   other values the form's conditions may read, such as the proposal type
     */
    public Validation validate(FormDefinition form, Map<String, Object> submitted, Map<String, Object> context, Check check) {
        var run = new Run(check);
        if (bytes(submitted) > limits.maxSubmissionSize().toBytes()) {
            run.error("", "The answers are too large to save. Together they must be %s or less".formatted(kilobytes(limits.maxSubmissionSize().toBytes())));
            return new Validation(run.errors, Map.of());
        }
        run.errors.addAll(unknownKeys(form, submitted.keySet()));
        Map<String, Object> scope = new HashMap<>(context);
        scope.putAll(submitted);
        Map<String, Object> accepted = new LinkedHashMap<>();
        walk(form.components(), submitted, scope, "", accepted, run);
        return new Validation(List.copyOf(run.errors), accepted);
    }

    /** An error for each key sent that is not a question on the form: nothing else may come in with its answers. */
    public List<FieldError> unknownKeys(FormDefinition form, Collection<String> sent) {
        Set<String> known = form.valueKeys();
        return sent.stream().filter(key -> !known.contains(key)).sorted()
                .map(key -> new FieldError(key, "\"%s\" is not a question on this form. Remove it and submit again".formatted(key)))
                .toList();
    }

    private void walk(List<FormComponent> components, Map<?, ?> data, Map<String, Object> scope, String prefix,
            Map<String, Object> accepted, Run run) {
        for (FormComponent component : components) {
            // Hidden and read-only fields are not the person's to answer: neither required nor taken from them.
            if (conditions.hides(component, scope) || conditions.makesReadonly(component, scope)) {
                continue;
            }
            switch (component.type()) {
                case GROUP -> walk(component.components(), data, scope, prefix, accepted, run);
                case DYNAMIC_LIST -> rows(component, data.get(component.path()), scope, prefix, accepted, run);
                default -> {
                    if (component.type().holdsValue()) {
                        Object value = field(component, conditions.optionsOf(component, scope), data.get(component.key()),
                                prefix + component.key(), run);
                        if (value != null) {
                            accepted.put(component.key(), value);
                        }
                    }
                }
            }
        }
    }

    private void rows(FormComponent list, Object value, Map<String, Object> scope, String prefix,
            Map<String, Object> accepted, Run run) {
        String key = prefix + list.path();
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> rows)) {
            run.error(key, "%s must be a list of rows".formatted(capitalised(list.errorName())));
            return;
        }
        Integer minRows = integer(list.properties().get("minRows"));
        Integer maxRows = integer(list.properties().get("maxRows"));
        if (run.check == Check.COMPLETE && minRows != null && rows.size() < minRows) {
            run.error(key, "Add at least %d %s".formatted(minRows, minRows == 1 ? "row to " + list.errorName() : "rows to " + list.errorName()));
        }
        if (maxRows != null && rows.size() > maxRows) {
            run.error(key, "%s can have %d rows at most".formatted(capitalised(list.errorName()), maxRows));
        }
        List<Map<String, Object>> acceptedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof Map<?, ?> row)) {
                run.error(key + "[" + i + "]", "Row %d of %s must be a set of answers".formatted(i + 1, list.errorName()));
                continue;
            }
            Set<String> known = FormDefinition.valueKeys(list.components());
            for (Object rowKey : row.keySet()) {
                if (!known.contains(String.valueOf(rowKey))) {
                    run.error(key + "[" + i + "]." + rowKey, "\"%s\" is not a question in %s. Remove it and submit again".formatted(rowKey, list.errorName()));
                }
            }
            Map<String, Object> rowScope = new HashMap<>(scope);
            row.forEach((k, v) -> rowScope.put(String.valueOf(k), v));
            Map<String, Object> acceptedRow = new LinkedHashMap<>();
            walk(list.components(), row, rowScope, key + "[" + i + "].", acceptedRow, run);
            acceptedRows.add(acceptedRow);
        }
        accepted.put(list.path(), acceptedRows);
    }

    /** Checks one value and returns it in its stored form, or null when it is empty or wrong. */
    private Object field(FormComponent field, List<FormComponent.Option> options, Object value, String key, Run run) {
        String name = field.errorName();
        if (isEmpty(value)) {
            if (run.check == Check.COMPLETE && field.required()) {
                run.error(key, switch (field.type()) {
                    case RADIO, SELECT, CHECKLIST, TAGLIST -> "Select " + name;
                    case CHECKBOX -> "Confirm " + name;
                    default -> "Enter " + name;
                });
            }
            return null;
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> text(field, value, key, run);
            case NUMBER -> number(field, value, key, run);
            case DATETIME -> date(field, value, key, run);
            case CHECKBOX -> checkbox(field, value, key, run);
            case RADIO, SELECT -> choice(field, options, value, key, run);
            case CHECKLIST, TAGLIST -> choices(field, options, value, key, run);
            default -> null;
        };
    }

    private Object text(FormComponent field, Object value, String key, Run run) {
        if (!(value instanceof String text)) {
            run.error(key, "%s must be text".formatted(capitalised(field.errorName())));
            return null;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > limits.maxFieldSize().toBytes()) {
            run.error(key, "%s is too long. It must be %s or less".formatted(capitalised(field.errorName()), kilobytes(limits.maxFieldSize().toBytes())));
            return null;
        }
        int length = text.codePointCount(0, text.length());
        Integer maxLength = integer(field.validate().get("maxLength"));
        if (maxLength != null && length > maxLength) {
            run.error(key, "%s must be %d characters or fewer".formatted(capitalised(field.errorName()), maxLength));
            return null;
        }
        if (run.check == Check.DRAFT) {
            return text;
        }
        Integer minLength = integer(field.validate().get("minLength"));
        if (minLength != null && length < minLength) {
            run.error(key, "%s must be %d characters or more".formatted(capitalised(field.errorName()), minLength));
            return null;
        }
        Object pattern = field.validate().get("pattern");
        if (pattern != null && !matches(pattern.toString(), text)) {
            String message = field.properties().get("patternMessage");
            run.error(key, message != null ? message : "Enter %s in the right format".formatted(field.errorName()));
            return null;
        }
        if ("email".equals(field.validate().get("validationType")) && !EMAIL.matcher(text).matches()) {
            run.error(key, "Enter %s in the correct format, like name@example.nhs.uk".formatted(field.errorName()));
            return null;
        }
        return text;
    }

    private Object number(FormComponent field, Object value, String key, Run run) {
        BigDecimal number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            run.error(key, "%s must be a number".formatted(capitalised(field.errorName())));
            return null;
        }
        if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            run.error(key, "%s is too large".formatted(capitalised(field.errorName())));
            return null;
        }
        Integer decimals = integer(field.decimalDigits());
        if (Integer.valueOf(0).equals(decimals) && number.stripTrailingZeros().scale() > 0) {
            run.error(key, "%s must be a whole number".formatted(capitalised(field.errorName())));
            return null;
        }
        BigDecimal min = decimal(field.validate().get("min"));
        BigDecimal max = decimal(field.validate().get("max"));
        if (run.check == Check.COMPLETE && ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0))) {
            run.error(key, min != null && max != null
                    ? "%s must be between %s and %s".formatted(capitalised(field.errorName()), min.toPlainString(), max.toPlainString())
                    : min != null ? "%s must be %s or more".formatted(capitalised(field.errorName()), min.toPlainString())
                    : "%s must be %s or less".formatted(capitalised(field.errorName()), max.toPlainString()));
            return null;
        }
        return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number.doubleValue();
    }

    private Object date(FormComponent field, Object value, String key, Run run) {
        String text = value instanceof Date date
                ? date.toInstant().atZone(ServerClock.ENGLAND).toLocalDate().toString()
                : value.toString().strip();
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text).toString();
            }
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            run.error(key, "%s must be a real date".formatted(capitalised(field.errorName())));
            return null;
        }
    }

    private Object checkbox(FormComponent field, Object value, String key, Run run) {
        Boolean checked = value instanceof Boolean b ? b
                : "true".equals(value.toString()) ? Boolean.TRUE : "false".equals(value.toString()) ? Boolean.FALSE : null;
        if (checked == null) {
            run.error(key, "%s must be ticked or not ticked".formatted(capitalised(field.errorName())));
            return null;
        }
        if (run.check == Check.COMPLETE && field.required() && !checked) {
            run.error(key, "Confirm " + field.errorName());
            return null;
        }
        return checked;
    }

    private Object choice(FormComponent field, List<FormComponent.Option> options, Object value, String key, Run run) {
        if (!(value instanceof String) || !hasOption(options, value)) {
            run.error(key, "Select %s from the options given".formatted(field.errorName()));
            return null;
        }
        return value;
    }

    private Object choices(FormComponent field, List<FormComponent.Option> options, Object value, String key, Run run) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(item -> item instanceof String && hasOption(options, item))) {
            run.error(key, "Select %s from the options given".formatted(field.errorName()));
            return null;
        }
        if (list.isEmpty()) {
            if (run.check == Check.COMPLETE && field.required()) {
                run.error(key, "Select " + field.errorName());
            }
            return null;
        }
        // Options are kept in the form's order, however they were sent: the answer is a set of choices.
        return options.stream().map(FormComponent.Option::value).filter(list::contains).toList();
    }

    private static boolean hasOption(List<FormComponent.Option> options, Object value) {
        return options.stream().anyMatch(option -> option.value().equals(String.valueOf(value)));
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long bytes(Map<String, Object> submitted) {
        try {
            return JSON.writeValueAsBytes(submitted).length;
        } catch (JsonProcessingException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String kilobytes(long bytes) {
        return (bytes / 1024) + " KB";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** How much to check: everything for a completed step; only types and sizes for a draft. */
    public enum Check {
        COMPLETE, DRAFT
    }

    /** The errors, and the answers as they would be stored: hidden fields dropped, values normalised. */
    public record Validation(List<FieldError> errors, Map<String, Object> accepted) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final class Run {
        private final Check check;
        private final List<FieldError> errors = new ArrayList<>();

        Run(Check check) {
            this.check = check;
        }

        void error(String key, String message) {
            errors.add(new FieldError(key, message));
        }
    }
}
