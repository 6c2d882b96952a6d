package uk.nhs.eia.tasks.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskClaims;

/** Claiming a team's task to work on it, and handing it back. */
@Controller
class TaskClaimController {

    private final TaskClaims claims;
    private final TaskPage page;

    TaskClaimController(TaskClaims claims, TaskPage page) {
        this.claims = claims;
        this.page = page;
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Principal person) {
        claims.claim(taskId, person.getName());
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Principal person, RedirectAttributes redirect) {
        OpenTask task = page.task(taskId);
        claims.unclaim(taskId, person.getName());
        redirect.addFlashAttribute("notice", "%s for %s is back in your team's tasks".formatted(task.name(), task.reference()));
        return "redirect:/";
    }
}
