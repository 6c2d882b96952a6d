package uk.nhs.eia.tasks.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormVersions;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.quality.Finding;
import uk.nhs.eia.quality.QualityReports;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskForms;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.tasks.TaskNotFound;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * What every page about one step shows: the step and its assessment, the form with the person's answers and any
 * errors, and, for a reviewer, the answers submitted so far.
 */
@Component
class TaskPage {

    private final TaskList tasks;
    private final TaskForms forms;
    private final FormRenderer renderer;
    private final FormValidator validator;
    private final FormVersions formVersions;
    private final AssessmentService assessments;
    private final QualityReports quality;
    private final List<TaskPageSection> sections;

    TaskPage(TaskList tasks, TaskForms forms, FormRenderer renderer, FormValidator validator, FormVersions formVersions,
            AssessmentService assessments, QualityReports quality, List<TaskPageSection> sections) {
        this.sections = sections;
        this.tasks = tasks;
        this.forms = forms;
        this.renderer = renderer;
        this.validator = validator;
        this.formVersions = formVersions;
        this.assessments = assessments;
        this.quality = quality;
    }

    OpenTask task(String taskId) {
        return tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
    }

    FormDefinition form(String taskId) {
        return forms.formOf(taskId);
    }

    /** Earlier answers the step opens with: the process's values of the form's fields. */
    Map<String, Object> earlierAnswers(String taskId, FormDefinition form) {
        Map<String, Object> values = forms.valuesOf(taskId);
        Map<String, Object> answers = new HashMap<>();
        form.valueKeys().forEach(key -> {
            if (values.get(key) != null) {
                answers.put(key, values.get(key));
            }
        });
        return answers;
    }

    /** Checks answers as a submission would, against the values the form's conditions read. */
    Validation check(String taskId, FormDefinition form, Map<String, Object> answers) {
        return validator.validate(form, answers, context(taskId, form), Check.COMPLETE);
    }

    String form(String taskId, FormDefinition form, Map<String, Object> answers, List<FieldError> errors, Model model) {
        OpenTask task = task(taskId);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("errors", withSectionErrors(renderer.errorSummary(form, errors), model));
        model.addAttribute("sections", sections.stream().map(section -> section.forTask(task, signedIn()))
                .flatMap(Optional::stream).toList());
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, context(taskId, form)));
        model.addAttribute("canReturn", form.returnRoute().isPresent());
        model.addAttribute("canUnclaim", !task.candidateGroups().isEmpty());
        model.addAttribute("reviewed", form.returnRoute().isPresent() ? reviewed(task) : List.of());
        List<Finding> findings = findings(task, form, answers);
        model.addAttribute("findings", findings);
        model.addAttribute("findingAreas", FindingArea.of(form, findings));
        return "tasks/task";
    }

    String checkAnswers(String taskId, FormDefinition form, Map<String, Object> accepted, Model model) {
        OpenTask task = task(taskId);
        model.addAttribute("task", task);
        model.addAttribute("findings", findings(task, form, accepted));
        model.addAttribute("summary", renderer.renderSummary(form, accepted, "/tasks/" + taskId));
        return "tasks/check-answers";
    }

    /** The steps submitted so far in the assessment's current version, for a reviewer to read beside the form. */
    private List<Reviewed> reviewed(OpenTask task) {
        if (task.assessmentId() == null) {
            return List.of();
        }
        return assessments.currentAnswersOf(task.assessmentId()).stream()
                .flatMap(submission -> formVersions.of(submission.getFormId(), submission.getFormVersion()).stream()
                        .map(form -> new Reviewed(submission.getStep(), renderer.renderSummary(form, submission.getAnswers(), null))))
                .toList();
    }

    /**
     * The quality findings a person working on this step should see: all of them for a reviewer, and for an author
     * those on this step's form, checked against the answers on the page now.
     */
    private List<Finding> findings(OpenTask task, FormDefinition form, Map<String, Object> answers) {
        if (task.assessmentId() == null) {
            return List.of();
        }
        if (form.returnRoute().isPresent()) {
            return quality.of(task.assessmentId()).failed();
        }
        return quality.withAnswers(task.assessmentId(), form.id(), answers).failedOn(form.id());
    }

    private static String signedIn() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** The form's errors, then any a section refused before it sent the person back here. */
    private static List<FormRenderer.ErrorLink> withSectionErrors(List<FormRenderer.ErrorLink> formErrors, Model model) {
        if (!(model.getAttribute(TaskPageSection.ERRORS) instanceof Map<?, ?> refused) || refused.isEmpty()) {
            return formErrors;
        }
        List<FormRenderer.ErrorLink> errors = new ArrayList<>(formErrors);
        refused.forEach((anchor, message) -> errors.add(new FormRenderer.ErrorLink(String.valueOf(message), String.valueOf(anchor))));
        return errors;
    }

    private Map<String, Object> context(String taskId, FormDefinition form) {
        Map<String, Object> context = new HashMap<>(forms.valuesOf(taskId));
        context.keySet().removeAll(form.valueKeys());
        return context;
    }

    record Reviewed(String step, String summary) {
    }
}
