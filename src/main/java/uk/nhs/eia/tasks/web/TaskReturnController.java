package uk.nhs.eia.tasks.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskReturns;

/** "Return with comments": a reviewer sends the assessment back to a step the author must change. */
@Controller
class TaskReturnController {

    private final TaskReturns returns;
    private final TaskPage page;

    TaskReturnController(TaskReturns returns, TaskPage page) {
        this.returns = returns;
        this.page = page;
    }

    @GetMapping("/tasks/{taskId}/return")
    String show(@PathVariable String taskId, Principal person, Model model) {
        return form(taskId, person, null, null, List.of(), model);
    }

    @PostMapping("/tasks/{taskId}/return")
    String returnStep(@PathVariable String taskId, @RequestParam(required = false) String toStep,
            @RequestParam(required = false) String comment, Principal person, Model model, RedirectAttributes redirect) {
        OpenTask task = page.task(taskId);
        try {
            returns.returnStep(taskId, person.getName(), toStep, comment);
        } catch (Invalid refused) {
            return form(taskId, person, toStep, comment, refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", "%s returned to the author with your comments".formatted(task.reference()));
        return "redirect:/";
    }

    private String form(String taskId, Principal person, String toStep, String comment, List<FieldError> errors,
            Model model) {
        model.addAttribute("route", returns.routeOf(taskId, person.getName()));
        model.addAttribute("task", page.task(taskId));
        model.addAttribute("toStep", toStep);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(),
                error.key().equals("toStep") ? "toStep" : "comment")).toList());
        model.addAttribute("toStepError", errors.stream().filter(e -> e.key().equals("toStep")).map(FieldError::message).findFirst().orElse(null));
        model.addAttribute("commentError", errors.stream().filter(e -> !e.key().equals("toStep")).map(FieldError::message).findFirst().orElse(null));
        return "tasks/return";
    }
}
