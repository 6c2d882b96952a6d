package uk.nhs.eia.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskCompletion;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.TaskNotClaimed;

/**
 * A step as pages: its form with "Save draft" and "Continue", then check-your-answers with "Submit", through the
 * same checks as every other door. A team task not yet claimed opens on a page that offers to claim it.
 */
@Controller
class TaskPageController {

    private final TaskPage page;
    private final TaskDrafts drafts;
    private final TaskCompletion completion;
    private final FormBinder binder;

    TaskPageController(TaskPage page, TaskDrafts drafts, TaskCompletion completion, FormBinder binder) {
        this.page = page;
        this.drafts = drafts;
        this.completion = completion;
        this.binder = binder;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Principal person, Model model) {
        try {
            completion.stepNameFor(taskId, person.getName());
        } catch (TaskNotClaimed notClaimed) {
            model.addAttribute("task", page.task(taskId));
            return "tasks/claim";
        }
        FormDefinition form = page.form(taskId);
        Optional<Map<String, Object>> draft = drafts.find(taskId, person.getName());
        model.addAttribute("resumed", draft.isPresent());
        return page.form(taskId, form, draft.orElseGet(() -> page.earlierAnswers(taskId, form)), List.of(), model);
    }

    @PostMapping("/tasks/{taskId}")
    String post(@PathVariable String taskId, @RequestParam(name = "_action", defaultValue = "continue") String action,
            @RequestParam(name = "_addRow", required = false) String addRow,
            @RequestParam(name = "_removeRow", required = false) String removeRow,
            HttpServletRequest request, Principal person, Model model, RedirectAttributes redirect) {
        completion.stepNameFor(taskId, person.getName());
        FormDefinition form = page.form(taskId);
        Map<String, Object> answers = binder.bind(form, request.getParameterMap());
        if (addRow != null) {
            return page.form(taskId, form, binder.withRowAdded(answers, addRow), List.of(), model);
        }
        if (removeRow != null) {
            return page.form(taskId, form, binder.withRowRemoved(answers, removeRow), List.of(), model);
        }
        try {
            return switch (action) {
                case "save-draft" -> saveDraft(taskId, form, answers, person, model);
                case "submit" -> submit(taskId, answers, person, redirect);
                default -> continueToCheck(taskId, form, answers, person, model);
            };
        } catch (Invalid refused) {
            return page.form(taskId, form, answers, refused.fieldErrors(), model);
        }
    }

    @GetMapping("/tasks/{taskId}/check")
    String check(@PathVariable String taskId, Principal person, Model model) {
        completion.stepNameFor(taskId, person.getName());
        FormDefinition form = page.form(taskId);
        Map<String, Object> answers = drafts.find(taskId, person.getName()).orElseGet(() -> page.earlierAnswers(taskId, form));
        Validation validation = page.check(taskId, form, answers);
        if (!validation.valid()) {
            return page.form(taskId, form, answers, validation.errors(), model);
        }
        return page.checkAnswers(taskId, form, validation.accepted(), model);
    }

    /** Submits what the person checked: the answers kept when they pressed "Continue". */
    @PostMapping("/tasks/{taskId}/submit")
    String submitChecked(@PathVariable String taskId, Principal person, Model model, RedirectAttributes redirect) {
        completion.stepNameFor(taskId, person.getName());
        FormDefinition form = page.form(taskId);
        Map<String, Object> answers = drafts.find(taskId, person.getName()).orElseGet(() -> page.earlierAnswers(taskId, form));
        try {
            return submit(taskId, answers, person, redirect);
        } catch (Invalid refused) {
            return page.form(taskId, form, answers, refused.fieldErrors(), model);
        }
    }

    private String saveDraft(String taskId, FormDefinition form, Map<String, Object> answers, Principal person, Model model) {
        drafts.save(taskId, person.getName(), answers);
        model.addAttribute("saved", "Your draft has been saved. You can come back to it later.");
        return page.form(taskId, form, answers, List.of(), model);
    }

    private String continueToCheck(String taskId, FormDefinition form, Map<String, Object> answers, Principal person,
            Model model) {
        Validation validation = page.check(taskId, form, answers);
        if (!validation.valid()) {
            return page.form(taskId, form, answers, validation.errors(), model);
        }
        drafts.save(taskId, person.getName(), answers);
        return "redirect:/tasks/" + taskId + "/check";
    }

    private String submit(String taskId, Map<String, Object> answers, Principal person, RedirectAttributes redirect) {
        OpenTask task = page.task(taskId);
        completion.complete(taskId, person.getName(), answers);
        redirect.addFlashAttribute("notice", "%s submitted for %s".formatted(task.name(), task.reference()));
        return "redirect:/";
    }
}
