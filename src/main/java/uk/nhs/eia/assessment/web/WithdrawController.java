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
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;

/** The author withdraws an assessment in progress, giving the reason the record keeps. */
@Controller
class WithdrawController {

    private final AssessmentCommands commands;
    private final AssessmentService assessments;

    WithdrawController(AssessmentCommands commands, AssessmentService assessments) {
        this.commands = commands;
        this.assessments = assessments;
    }

    @GetMapping("/assessments/{id}/withdraw")
    String show(@PathVariable Long id, Principal person, Model model) {
        AssessmentView assessment = assessments.withdrawable(id, person.getName());
        return page(assessment, null, List.of(), model);
    }

    @PostMapping("/assessments/{id}/withdraw")
    String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason, Principal person, Model model,
            RedirectAttributes redirect) {
        try {
            AssessmentView assessment = commands.withdraw(id, person.getName(), reason);
            redirect.addFlashAttribute("notice", "%s has been withdrawn".formatted(assessment.getReference()));
            return "redirect:/assessments/" + id;
        } catch (AssessmentRefused refused) {
            return page(assessments.find(id).orElseThrow(), reason, refused.fieldErrors(), model);
        }
    }

    private String page(AssessmentView assessment, String reason, List<FieldError> errors, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(), "reason")).toList());
        model.addAttribute("reasonError", errors.isEmpty() ? null : errors.get(0).message());
        return "assessments/withdraw";
    }
}
