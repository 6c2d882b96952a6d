package uk.nhs.eia.training.web;

import java.security.Principal;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.training.TrainingPolicy;
import uk.nhs.eia.training.TrainingPolicy.Policy;
import uk.nhs.eia.training.TrainingRequired;

/** eia-admins choose whether authors without current EIA training are flagged or stopped. */
@Controller
@PreAuthorize("hasAuthority('GROUP_eia-admins')")
class TrainingPolicyController {

    private final TrainingPolicy policy;

    TrainingPolicyController(TrainingPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/admin/training/policy")
    String show(Model model) {
        model.addAttribute("policy", policy.current().name());
        model.addAttribute("errors", List.of());
        return "training/policy";
    }

    @PostMapping("/admin/training/policy")
    String change(@RequestParam(required = false) String policy, Principal person, Model model, RedirectAttributes flash) {
        if (!"WARN".equals(policy) && !"BLOCK".equals(policy)) {
            model.addAttribute("policy", this.policy.current().name());
            model.addAttribute("errors", List.of(new ErrorLink("Choose what happens to authors without current training",
                    "policy-WARN")));
            return "training/policy";
        }
        this.policy.change(Policy.valueOf(policy), person.getName());
        flash.addFlashAttribute("notice", "Training policy saved");
        return "redirect:/admin/training/policy";
    }

    /** Wherever a page meets it, a refusal for want of training says how to get trained, not that something failed. */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    static class TrainingRequiredPage {

        @ExceptionHandler(TrainingRequired.class)
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String trainingRequired(TrainingRequired refused, Model model) {
            model.addAttribute("message", refused.getMessage());
            return "training/required";
        }
    }
}
