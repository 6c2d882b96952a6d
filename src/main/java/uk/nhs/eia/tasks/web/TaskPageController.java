package uk.nhs.eia.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.nhs.eia.forms.FieldError;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.tasks.DraftRefused;
import uk.nhs.eia.tasks.StepRefused;
import uk.nhs.eia.tasks.TaskCompletion;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.TaskForms;
import uk.nhs.eia.tasks.TaskNotFound;
import uk.nhs.eia.tasks.TaskNotYours;

/** A step as a page: its form, "Save draft", and "Submit" through the same checks as every other door. */
@Controller
class TaskPageController {

    private final TaskForms forms;
    private final TaskDrafts drafts;
    private final TaskCompletion completion;
    private final FormRenderer renderer;
    private final FormBinder binder;

    TaskPageController(TaskForms forms, TaskDrafts drafts, TaskCompletion completion, FormRenderer renderer,
            FormBinder binder) {
        this.forms = forms;
        this.drafts = drafts;
        this.completion = completion;
        this.renderer = renderer;
        this.binder = binder;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Principal person, Model model) {
        model.addAttribute("stepName", completion.stepNameFor(taskId, person.getName()));
        FormDefinition form = forms.formOf(taskId);
        Map<String, Object> values = forms.valuesOf(taskId);
        Map<String, Object> answers = drafts.find(taskId, person.getName()).orElseGet(() -> answersIn(form, values));
        return page(taskId, form, answers, values, List.of(), null, model);
    }

    @PostMapping("/tasks/{taskId}")
    String submit(@PathVariable String taskId, @RequestParam(name = "_action", defaultValue = "submit") String action,
            @RequestParam(name = "_addRow", required = false) String addRow,
            @RequestParam(name = "_removeRow", required = false) String removeRow,
            HttpServletRequest request, Principal person, Model model) {
        model.addAttribute("stepName", completion.stepNameFor(taskId, person.getName()));
        FormDefinition form = forms.formOf(taskId);
        Map<String, Object> values = forms.valuesOf(taskId);
        Map<String, Object> answers = binder.bind(form, request.getParameterMap());
        if (addRow != null) {
            return page(taskId, form, binder.withRowAdded(answers, addRow), values, List.of(), null, model);
        }
        if (removeRow != null) {
            return page(taskId, form, binder.withRowRemoved(answers, removeRow), values, List.of(), null, model);
        }
        try {
            if (action.equals("save-draft")) {
                drafts.save(taskId, person.getName(), answers);
                return page(taskId, form, answers, values, List.of(), "Your draft has been saved. You can come back to it later.", model);
            }
            completion.complete(taskId, person.getName(), answers);
            return "redirect:/?completed";
        } catch (StepRefused refused) {
            return page(taskId, form, answers, values, refused.errors(), null, model);
        } catch (DraftRefused refused) {
            return page(taskId, form, answers, values, refused.errors(), null, model);
        }
    }

    @ExceptionHandler(TaskNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error";
    }

    @ExceptionHandler({TaskNotYours.class, TaskConflict.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String movedOn(RuntimeException problem, Model model) {
        model.addAttribute("message", problem.getMessage());
        return "tasks/moved-on";
    }

    private String page(String taskId, FormDefinition form, Map<String, Object> answers, Map<String, Object> values,
            List<FieldError> errors, String saved, Model model) {
        Map<String, Object> context = new HashMap<>(values);
        context.keySet().removeAll(form.valueKeys());
        model.addAttribute("taskId", taskId);
        model.addAttribute("form", form);
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("saved", saved);
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, context));
        return "tasks/task";
    }

    private static Map<String, Object> answersIn(FormDefinition form, Map<String, Object> values) {
        Map<String, Object> answers = new HashMap<>();
        form.valueKeys().forEach(key -> {
            if (values.get(key) != null) {
                answers.put(key, values.get(key));
            }
        });
        return answers;
    }
}
