package uk.nhs.eia.assessment.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentShares;

/** The author shares an assessment with co-authors from its record, and stops sharing it. */
@Controller
class ShareController {

    private final AssessmentShares shares;

    ShareController(AssessmentShares shares) {
        this.shares = shares;
    }

    @PostMapping("/assessments/{id}/shares")
    String share(@PathVariable Long id, @RequestParam(required = false) String username, Principal person,
            RedirectAttributes redirect) {
        try {
            shares.share(id, person.getName(), username);
            redirect.addFlashAttribute("notice", "The assessment is now shared with " + username.strip());
        } catch (AssessmentRefused refused) {
            redirect.addFlashAttribute("shareError", refused.fieldErrors().get(0).message());
            redirect.addFlashAttribute("shareUsername", username);
        }
        return "redirect:/assessments/" + id + "#co-authors";
    }

    @PostMapping("/assessments/{id}/shares/{username}/remove")
    String unshare(@PathVariable Long id, @PathVariable String username, Principal person, RedirectAttributes redirect) {
        shares.unshare(id, person.getName(), username);
        redirect.addFlashAttribute("notice", "The assessment is no longer shared with " + username);
        return "redirect:/assessments/" + id + "#co-authors";
    }
}
