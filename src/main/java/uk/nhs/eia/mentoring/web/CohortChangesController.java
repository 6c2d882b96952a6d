package uk.nhs.eia.mentoring.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.training.TrainingRecords;

/**
 * What a programme lead changes from the cohort's page: who is paired with whom before the pairs are confirmed,
 * who left, and which training sessions are the cohort's. Each goes back to the cohort's page, with a notice or with
 * what to fix beside the field.
 */
@Controller
class CohortChangesController {

    /** The controls of each form on the cohort page, by the field names the services' errors give. */
    static final Map<String, String> SWAP = CohortPageErrors.anchors("one", "swap-one", "other", "swap-other");
    static final Map<String, String> LEAVER = CohortPageErrors.anchors("username", "leaver", "reason", "leaver-reason");
    static final Map<String, String> SESSION = CohortPageErrors.anchors("sessionId", "session");

    private final Pairs pairs;
    private final Cohorts cohorts;
    private final TrainingRecords training;
    private final MentoringAccess access;
    private final People people;

    CohortChangesController(Pairs pairs, Cohorts cohorts, TrainingRecords training, MentoringAccess access, People people) {
        this.pairs = pairs;
        this.cohorts = cohorts;
        this.training = training;
        this.access = access;
        this.people = people;
    }

    @PostMapping("/mentoring/cohorts/{id}/swap")
    String swap(@PathVariable long id, @RequestParam(defaultValue = "") String one,
            @RequestParam(defaultValue = "") String other, Principal person, RedirectAttributes redirect) {
        access.checkLead(person.getName());
        try {
            pairs.swap(id, one, other, person.getName());
            redirect.addFlashAttribute("notice", "You swapped %s and %s. The proposed pairs below show the change."
                    .formatted(people.nameOf(one), people.nameOf(other)));
        } catch (Invalid refused) {
            CohortPageErrors.flash(redirect, refused, SWAP, Map.of("one", one, "other", other));
        }
        return backTo(id);
    }

    @PostMapping("/mentoring/cohorts/{id}/leavers")
    String leaver(@PathVariable long id, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String reason, Principal person, RedirectAttributes redirect) {
        access.checkLead(person.getName());
        try {
            String outcome = pairs.leave(id, username, reason, person.getName());
            redirect.addFlashAttribute("notice", "%s has left the cohort. %s.".formatted(people.nameOf(username), outcome));
        } catch (Invalid refused) {
            CohortPageErrors.flash(redirect, refused, LEAVER, Map.of("username", username, "reason", reason));
        }
        return backTo(id);
    }

    @PostMapping("/mentoring/cohorts/{id}/sessions")
    String addSession(@PathVariable long id, @RequestParam(required = false) Long sessionId, Principal person,
            RedirectAttributes redirect) {
        access.checkLead(person.getName());
        if (sessionId == null) {
            CohortPageErrors.flash(redirect, List.of(new FieldError("sessionId", "Choose the training session to add")),
                    SESSION, Map.of());
            return backTo(id);
        }
        cohorts.addSession(id, sessionId, person.getName());
        redirect.addFlashAttribute("notice", "\"%s\" is now one of the cohort's training sessions."
                .formatted(training.session(sessionId).title()));
        return backTo(id);
    }

    private static String backTo(long cohortId) {
        return "redirect:/mentoring/cohorts/" + cohortId;
    }
}
