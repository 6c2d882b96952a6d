package uk.nhs.eia.forms;

import uk.nhs.eia.refusal.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.nhs.eia.forms.FieldView.DateParts;
import uk.nhs.eia.forms.FieldView.OptionView;
import uk.nhs.eia.forms.FieldView.PersonSearch;
import uk.nhs.eia.forms.FieldView.Reveal;
import uk.nhs.eia.forms.FieldView.RowView;

/**
 * Renders a form as NHS design system markup, and any submission as a summary list, from the same form file that
 * Camunda Tasklist renders. Fields hidden by their condition are left out, except follow-up questions that the
 * browser can unfold as soon as the answer that asks for them is chosen: those are on the page, hidden until then.
 * Everything works without JavaScript, the follow-ups then appearing once the answers are sent.
 */
@Component
public class FormRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The custom property naming the part a field's person plays, and the one naming the answer that narrows them. */
    static final String CHOOSE_PERSON = "choosePerson";
    static final String CHOOSE_PERSON_WITHIN = "choosePersonWithin";

    private final ITemplateEngine templates;
    private final Conditions conditions;
    private final Map<String, PeopleToChoose> peopleByPart;

    public FormRenderer(ITemplateEngine templates, Conditions conditions, List<PeopleToChoose> peopleToChoose) {
        this.templates = templates;
        this.conditions = conditions;
        this.peopleByPart = peopleToChoose.stream().collect(Collectors.toMap(PeopleToChoose::part, Function.identity()));
    }

    /** The form's fields, filled with {@code values}, with each error beside its field. */
    public String renderFields(FormDefinition form, Map<String, Object> values, List<FieldError> errors,
            Map<String, Object> context) {
        Map<String, String> errorByKey = errors.stream()
                .collect(Collectors.toMap(FieldError::key, FieldError::message, (first, second) -> first));
        Map<String, Object> scope = new HashMap<>(context);
        scope.putAll(values);
        Context model = new Context(Locale.UK);
        Page page = new Page(errorByKey, keysOf(form));
        model.setVariable("fields", views(withoutTitle(form.components()), values, scope, "", page));
        return templates.process("forms/fields", model);
    }

    /**
     * Forms open with their step's name as a heading ("## Screening") for Camunda Tasklist; our pages give the step
     * its name as their own main heading, so the form's is left out rather than said twice.
     */
    private static List<FormComponent> withoutTitle(List<FormComponent> components) {
        if (components.isEmpty() || components.get(0).type() != ComponentType.TEXT || components.get(0).text() == null
                || !components.get(0).text().startsWith("## ")) {
            return components;
        }
        FormComponent intro = components.get(0);
        int end = intro.text().indexOf('\n');
        String rest = end < 0 ? "" : intro.text().substring(end + 1);
        List<FormComponent> rendered = new ArrayList<>(components);
        rendered.set(0, new FormComponent(intro.id(), intro.type(), intro.key(), intro.path(), intro.label(), intro.hint(),
                rest, intro.validate(), intro.options(), intro.valuesExpression(), intro.hideWhen(), intro.readonly(),
                intro.properties(), intro.decimalDigits(), intro.components()));
        return rendered;
    }

    /** The error summary's links: each goes to the first control of its field, as the NHS error summary asks. */
    public List<ErrorLink> errorSummary(FormDefinition form, List<FieldError> errors) {
        Map<String, ComponentType> types = form.allComponents().stream().filter(c -> c.key() != null)
                .collect(Collectors.toMap(FormComponent::key, FormComponent::type, (first, second) -> first));
        return errors.stream().map(error -> {
            String field = error.key().substring(error.key().lastIndexOf('.') + 1);
            String anchor = error.key().replaceAll("[^A-Za-z0-9]+", "-");
            return new ErrorLink(error.message(), types.get(field) == ComponentType.DATETIME ? anchor + "-day" : anchor);
        }).toList();
    }

    /** The answers as a summary list, for check-your-answers and the record; {@code changeLink} may be null. */
    public String renderSummary(FormDefinition form, Map<String, Object> answers, String changeLink) {
        Context model = new Context(Locale.UK);
        model.setVariable("rows", summaryRows(form.components(), answers));
        model.setVariable("changeLink", changeLink);
        return templates.process("forms/summary", model);
    }

    public List<SummaryRow> summaryRows(List<FormComponent> components, Map<?, ?> answers) {
        List<SummaryRow> rows = new ArrayList<>();
        for (FormComponent component : components) {
            switch (component.type()) {
                case GROUP -> {
                    for (SummaryRow row : summaryRows(component.components(), answers)) {
                        rows.add(new SummaryRow(component.label() + ": " + row.question(), row.answer(), row.key()));
                    }
                }
                case DYNAMIC_LIST -> {
                    if (answers.get(component.path()) instanceof List<?> items) {
                        for (int i = 0; i < items.size(); i++) {
                            if (items.get(i) instanceof Map<?, ?> item) {
                                for (SummaryRow row : summaryRows(component.components(), item)) {
                                    rows.add(new SummaryRow("%s %d: %s".formatted(singular(component), i + 1, row.question()),
                                            row.answer(), component.path()));
                                }
                            }
                        }
                    }
                }
                default -> {
                    if (component.type().holdsValue() && answers.containsKey(component.key())) {
                        rows.add(new SummaryRow(component.label(), display(component, answers.get(component.key())),
                                component.key()));
                    }
                }
            }
        }
        return rows;
    }

    /** The fields of one scope: the form's top level, or one dynamic list row. */
    private List<FieldView> views(List<FormComponent> components, Map<?, ?> values, Map<String, Object> scope,
            String prefix, Page page) {
        return views(components, values, scope, prefix, page, Reveals.in(components, scope, prefix, page.keys(), conditions));
    }

    private List<FieldView> views(List<FormComponent> components, Map<?, ?> values, Map<String, Object> scope,
            String prefix, Page page, Reveals reveals) {
        List<FieldView> views = new ArrayList<>();
        for (FormComponent component : components) {
            Reveal reveal = reveals.of(component);
            if (reveal == null && conditions.hides(component, scope)) {
                continue;
            }
            boolean readonly = conditions.makesReadonly(component, scope);
            String name = nameOf(component, prefix);
            String id = idOf(name);
            Object value = component.key() == null ? null : values.get(component.key());
            String error = page.errors().get(name);
            FieldView view = switch (component.type()) {
                case TEXT -> view(component, id, name, null, null, false, List.of(), null, null,
                        FormText.toHtml(component.text() == null ? "" : component.text(), scope), List.of(), List.of());
                case GROUP -> view(component, id, name, null, null, false, List.of(), null, null, null,
                        views(component.components(), values, scope, prefix, page, reveals), List.of());
                case DYNAMIC_LIST -> view(component, id, name, error, null, false, List.of(), null, null, null, List.of(),
                        rows(component, values.get(component.path()), scope, name, page));
                case DATETIME -> view(component, id, name, error, null, false, List.of(), null, dateParts(value), null,
                        List.of(), List.of());
                case CHECKBOX -> view(component, id, name, error, null, isTrue(value), List.of(), null, null, null,
                        List.of(), List.of()).controlling(reveals.containersShownBy(component, Reveals.TICKED));
                case SELECT -> view(component, id, name, error, null, false,
                        options(conditions.optionsOf(component, scope), id, value, answer -> null), null, null, null,
                        List.of(), List.of()).controlling(reveals.containersOf(component));
                case RADIO, CHECKLIST, TAGLIST -> view(component, id, name, error, null, false,
                        options(conditions.optionsOf(component, scope), id, value,
                                answer -> reveals.containersShownBy(component, answer)), null, null, null, List.of(), List.of());
                case TEXTFIELD -> peopleByPart.containsKey(component.properties().get(CHOOSE_PERSON))
                        ? personChoice(component, id, name, error, value)
                        : view(component, id, name, error, value == null ? "" : plain(value), false, List.of(),
                                maxLength(component), null, null, List.of(), List.of());
                case TEXTAREA, NUMBER -> view(component, id, name, error, value == null ? "" : plain(value), false,
                        List.of(), maxLength(component), null, null, List.of(), List.of());
                default -> view(component, id, name, null, null, false, List.of(), null, null, null, List.of(), List.of());
            };
            views.add((readonly ? view.readOnly() : view).unfolding(reveal));
        }
        return views;
    }

    /**
     * A username field that names someone for a part: a list of the people the signed-in person may choose, by name,
     * which the page's script turns into a type-ahead. Tasklist, which knows nothing of this, shows a text field.
     */
    private FieldView personChoice(FormComponent component, String id, String name, String error, Object value) {
        PeopleToChoose people = peopleByPart.get(component.properties().get(CHOOSE_PERSON));
        return new FieldView(ComponentType.SELECT.schemaName(), id, name, component.label(), component.hint(), error, null,
                false, false, options(people.forSignedInPerson(), id, value, answer -> null), null, null, null, List.of(),
                List.of(), null, null, new PersonSearch(people.searchPath(), component.properties().get(CHOOSE_PERSON_WITHIN)));
    }

    /** The field's name in the posted form. */
    static String nameOf(FormComponent component, String prefix) {
        return prefix + (component.key() != null ? component.key() : component.path() != null ? component.path() : component.id());
    }

    /** The field's HTML id, from its posted name. */
    static String idOf(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Every key and list of the form, in any scope: the answers a condition could read that change on the page. */
    private static Set<String> keysOf(FormDefinition form) {
        return form.allComponents().stream().flatMap(component -> Stream.of(component.key(), component.path()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private FieldView view(FormComponent component, String id, String name, String error, String value, boolean checked,
            List<OptionView> options, Integer maxLength, DateParts date, String html, List<FieldView> children,
            List<RowView> rows) {
        return new FieldView(component.type().schemaName(), id, name, component.label(), component.hint(), error, value,
                checked, false, options, maxLength, date, html, children, rows, null, null, null);
    }

    private List<RowView> rows(FormComponent list, Object value, Map<String, Object> scope, String name, Page page) {
        List<?> items = value instanceof List<?> given && !given.isEmpty() ? given : List.of(Map.of());
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> row = items.get(i) instanceof Map<?, ?> map ? map : Map.of();
            Map<String, Object> rowScope = new HashMap<>(scope);
            row.forEach((key, rowValue) -> rowScope.put(String.valueOf(key), rowValue));
            rows.add(new RowView(i + 1, name + "[" + i + "]", views(list.components(), row, rowScope, name + "[" + i + "].", page)));
        }
        return rows;
    }

    /** The options to choose from; {@code controls} gives the follow-up containers each unfolds, or null. */
    private static List<OptionView> options(List<FormComponent.Option> available, String id, Object value,
            Function<String, String> controls) {
        Collection<?> chosen = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        List<OptionView> options = new ArrayList<>();
        for (int i = 0; i < available.size(); i++) {
            FormComponent.Option option = available.get(i);
            boolean checked = chosen.stream().anyMatch(item -> option.value().equals(String.valueOf(item)));
            options.add(new OptionView(i == 0 ? id : id + "-" + (i + 1), option.value(), option.label(), checked,
                    controls.apply(option.value())));
        }
        return options;
    }

    private static DateParts dateParts(Object value) {
        if (value == null) {
            return new DateParts("", "", "");
        }
        String text = value.toString();
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                    String.valueOf(date.getYear()));
        } catch (DateTimeParseException e) {
            String[] parts = text.split("/", -1);
            return parts.length == 3 ? new DateParts(parts[0], parts[1], parts[2]) : new DateParts("", "", "");
        }
    }

    private String display(FormComponent component, Object value) {
        Function<Object, String> labelOf = item -> component.options().stream()
                .filter(option -> option.value().equals(String.valueOf(item)))
                .map(FormComponent.Option::label).findFirst().orElse(String.valueOf(item));
        return switch (component.type()) {
            case RADIO, SELECT -> labelOf.apply(value);
            case CHECKLIST, TAGLIST -> value instanceof Collection<?> items
                    ? items.stream().map(labelOf).collect(Collectors.joining(", ")) : labelOf.apply(value);
            case CHECKBOX -> isTrue(value) ? "Yes" : "No";
            case DATETIME -> longDate(value);
            default -> plain(value);
        };
    }

    private static String longDate(Object value) {
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    private static Integer maxLength(FormComponent component) {
        Object max = component.validate().get("maxLength");
        return max instanceof Number number ? number.intValue() : null;
    }

    private static String singular(FormComponent list) {
        String label = list.label() == null ? "Row" : list.label();
        return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
    }

    public record ErrorLink(String message, String anchor) {
    }

    /** What every field of one rendering may need: the errors by posted name, and every key of the form. */
    private record Page(Map<String, String> errors, Set<String> keys) {
    }

    /** One question and its answer, as a summary list row; {@code key} is the field a Change link goes to. */
    public record SummaryRow(String question, String answer, String key) {
    }
}
