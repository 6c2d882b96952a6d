package uk.nhs.eia.assessment.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.refusal.FieldError;

/**
 * The author, or an eia-admin once the author has gone, hands an assessment over to another author: a project that
 * changes hands keeps its answers, drafts, files and history where they are.
 */
@Controller
class HandoverController {

    private final AssessmentCommands commands;
    private final AssessmentService assessments;

    HandoverController(AssessmentCommands commands, AssessmentService assessments) {
        this.commands = commands;
        this.assessments = assessments;
    }

    @GetMapping("/assessments/{id}/author")
    String show(@PathVariable Long id, Principal person, Model model) {
        return page(assessments.handoverAllowed(id, person.getName()), person.getName(), null, null, List.of(), model);
    }

    @PostMapping("/assessments/{id}/author")
    String handOver(@PathVariable Long id, @RequestParam(required = false) String username,
            @RequestParam(required = false) String reason, Principal person, Model model, RedirectAttributes redirect) {
        try {
            AssessmentView assessment = commands.handOver(id, person.getName(), username, reason);
            redirect.addFlashAttribute("notice", "%s has been handed over to %s"
                    .formatted(assessment.getReference(), assessment.getAuthor()));
            return "redirect:/assessments/" + id;
        } catch (AssessmentRefused refused) {
            return page(assessments.find(id).orElseThrow(), person.getName(), username, reason, refused.fieldErrors(), model);
        }
    }

    private String page(AssessmentView assessment, String by, String username, String reason, List<FieldError> errors,
            Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("choices", assessments.choosableNewAuthors(assessment.getId(), by, null));
        model.addAttribute("username", username);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
        errors.forEach(error -> model.addAttribute(error.key() + "Error", error.message()));
        return "assessments/handover";
    }
}
