package uk.nhs.eia.training.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.TrainingPolicy.Policy;
import uk.nhs.eia.training.TrainingPolicy;

/** eia-admins choose whether authors without current EIA training are flagged or stopped. */
@Controller
@AdminsOnly
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

}
