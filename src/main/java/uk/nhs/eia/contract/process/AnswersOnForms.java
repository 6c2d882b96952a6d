package uk.nhs.eia.contract.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.ComponentType;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;

/**
 * Whether the forms still ask the questions the code reads, where it reads them, and still offer the options it
 * compares answers with: every {@link Question}, every {@link ImpactGroup}'s questions and every {@link Choice}.
 */
final class AnswersOnForms {

    private AnswersOnForms() {
    }

    /**
     * Every question or option the forms no longer have as the code expects, each naming the file and the key.
     * A missing form of a step is left to the check of the steps, which names it already.
     */
    static List<String> disagreements(Collection<FormDefinition> forms) {
        Map<String, FormDefinition> byId = forms.stream().collect(Collectors.toMap(FormDefinition::id, Function.identity()));
        Map<String, Keys> keys = new LinkedHashMap<>();
        forms.forEach(form -> keys.put(form.id(), Keys.of(form)));
        List<String> found = new ArrayList<>();
        missingForms(byId, found);
        for (Question question : Question.values()) {
            if (byId.containsKey(question.formId())) {
                checkQuestion(file(byId.get(question.formId())), keys.get(question.formId()), question, found);
            }
        }
        FormDefinition impactForm = byId.get(ImpactGroup.STEP.formId());
        if (impactForm != null) {
            for (ImpactGroup group : ImpactGroup.values()) {
                for (String field : group.fields()) {
                    if (!keys.get(impactForm.id()).questions.containsKey(field)) {
                        found.add("%s: there is no question \"%s\" for ImpactGroup.%s".formatted(file(impactForm), field,
                                group.name()));
                    }
                }
            }
        }
        for (Choice choice : Choice.values()) {
            if (byId.containsKey(choice.formId())) {
                checkChoice(file(byId.get(choice.formId())), keys.get(choice.formId()), choice, found);
            }
        }
        return found;
    }

    private static void missingForms(Map<String, FormDefinition> byId, List<String> found) {
        Map<String, List<String>> askedOnMissing = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            if (!byId.containsKey(question.formId()) && Step.byFormId(question.formId()).isEmpty()) {
                askedOnMissing.computeIfAbsent(question.formId(), id -> new ArrayList<>()).add("Question." + question.name());
            }
        }
        askedOnMissing.forEach((formId, questions) -> found.add("forms/: no form has the id \"%s\", which asks %s"
                .formatted(formId, String.join(", ", questions))));
    }

    private static void checkQuestion(String file, Keys keys, Question question, List<String> found) {
        String name = "Question." + question.name();
        if (question.list().isPresent()) {
            String list = question.list().get().key();
            Map<String, FormComponent> columns = keys.columnsByList.get(list);
            if (columns == null || columns.containsKey(question.key())) {
                return;
            }
            found.add(keys.questions.containsKey(question.key())
                    ? "%s: \"%s\" is outside the dynamic list \"%s\", but %s is one of its columns".formatted(file,
                            question.key(), list, name)
                    : "%s: the dynamic list \"%s\" has no column \"%s\" for %s".formatted(file, list, question.key(), name));
        } else if (hasColumns(question)) {
            if (!keys.columnsByList.containsKey(question.key())) {
                found.add(keys.questions.containsKey(question.key())
                        ? "%s: \"%s\" is not a dynamic list, but %s has columns".formatted(file, question.key(), name)
                        : "%s: there is no dynamic list \"%s\" for %s".formatted(file, question.key(), name));
            }
        } else if (!keys.questions.containsKey(question.key())) {
            found.add(keys.listHolding(question.key())
                    .map(list -> "%s: \"%s\" is a column of the dynamic list \"%s\", but %s is a question of the form itself"
                            .formatted(file, question.key(), list, name))
                    .orElse("%s: there is no question \"%s\" for %s".formatted(file, question.key(), name)));
        }
    }

    private static void checkChoice(String file, Keys keys, Choice choice, List<String> found) {
        List<FormComponent> offering = new ArrayList<>();
        if (choice.ratesImpact()) {
            for (ImpactGroup group : ImpactGroup.values()) {
                Optional.ofNullable(keys.questions.get(group.impact())).ifPresent(offering::add);
            }
        } else {
            choice.questions().forEach(question -> keys.find(question).ifPresent(offering::add));
        }
        for (FormComponent question : offering) {
            if (question.options().stream().noneMatch(option -> choice.is(option.value()))) {
                found.add("%s: the question \"%s\" does not offer \"%s\" for Choice.%s".formatted(file, question.key(),
                        choice.value(), choice.name()));
            }
        }
    }

    private static boolean hasColumns(Question question) {
        for (Question other : Question.values()) {
            if (other.list().filter(question::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String file(FormDefinition form) {
        return "forms/" + form.source();
    }

    /**
     * Where a form keeps each answer: the questions of the form itself (through groups, and each dynamic list by
     * its path), and the columns of each dynamic list.
     */
    private record Keys(Map<String, FormComponent> questions, Map<String, Map<String, FormComponent>> columnsByList) {

        static Keys of(FormDefinition form) {
            Keys keys = new Keys(new LinkedHashMap<>(), new LinkedHashMap<>());
            keys.collect(form.components(), keys.questions);
            return keys;
        }

        private void collect(List<FormComponent> components, Map<String, FormComponent> into) {
            for (FormComponent component : components) {
                if (component.type() == ComponentType.DYNAMIC_LIST) {
                    into.put(component.path(), component);
                    Map<String, FormComponent> columns = new LinkedHashMap<>();
                    columnsByList.put(component.path(), columns);
                    collect(component.components(), columns);
                } else if (component.type() == ComponentType.GROUP) {
                    collect(component.components(), into);
                } else if (component.type().holdsValue()) {
                    into.put(component.key(), component);
                }
            }
        }

        Optional<FormComponent> find(Question question) {
            return question.list().isPresent()
                    ? Optional.ofNullable(columnsByList.getOrDefault(question.list().get().key(), Map.of()).get(question.key()))
                    : Optional.ofNullable(questions.get(question.key()));
        }

        Optional<String> listHolding(String key) {
            return columnsByList.entrySet().stream().filter(list -> list.getValue().containsKey(key)).map(Map.Entry::getKey)
                    .findFirst();
        }
    }
}
