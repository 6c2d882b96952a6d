package uk.nhs.eia.library.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.library.Citation;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.tasks.TaskNotFound;

/** Citing a library source from the evidence step, saying what it shows, and taking a citation out again. */
@Controller
class CitationPages {

    static final String NOTICE = "sourcesNotice";

    private final TaskList tasks;
    private final EvidenceLibrary library;
    private final Citations citations;

    CitationPages(TaskList tasks, EvidenceLibrary library, Citations citations) {
        this.tasks = tasks;
        this.library = library;
        this.citations = citations;
    }

    @GetMapping("/tasks/{taskId}/sources/{sourceId}")
    String show(@PathVariable String taskId, @PathVariable Long sourceId, Principal person, Model model) {
        OpenTask task = task(taskId);
        citations.requireCiting(task.assessmentId(), person.getName());
        return page(task, sourceId, null, List.of(), model);
    }

    @PostMapping("/tasks/{taskId}/sources/{sourceId}")
    String cite(@PathVariable String taskId, @PathVariable Long sourceId, @RequestParam(required = false) String shows,
            Principal person, Model model, RedirectAttributes redirect) {
        OpenTask task = task(taskId);
        try {
            Citation citation = citations.cite(task.assessmentId(), sourceId, shows, person.getName());
            redirect.addFlashAttribute(NOTICE, "\"%s\" is cited.".formatted(citation.title()));
            return "redirect:/tasks/" + taskId + "#sources";
        } catch (Invalid refused) {
            return page(task, sourceId, shows, refused.fieldErrors(), model);
        } catch (Conflict citedAlready) {
            redirect.addFlashAttribute(NOTICE, citedAlready.getMessage() + ".");
            return "redirect:/tasks/" + taskId + "#sources";
        }
    }

    @PostMapping("/tasks/{taskId}/citations/{citationId}/remove")
    String remove(@PathVariable String taskId, @PathVariable Long citationId, Principal person, RedirectAttributes redirect) {
        Citation removed = citations.remove(task(taskId).assessmentId(), citationId, person.getName());
        redirect.addFlashAttribute(NOTICE, "\"%s\" is no longer cited.".formatted(removed.title()));
        return "redirect:/tasks/" + taskId + "#sources";
    }

    private String page(OpenTask task, Long sourceId, String shows, List<FieldError> errors, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("source", library.find(sourceId));
        model.addAttribute("shows", shows);
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
        model.addAttribute("showsError", errors.stream().map(FieldError::message).findFirst().orElse(null));
        return "library/cite";
    }

    private OpenTask task(String taskId) {
        return tasks.find(taskId).filter(task -> task.assessmentId() != null).orElseThrow(() -> new TaskNotFound(taskId));
    }
}
