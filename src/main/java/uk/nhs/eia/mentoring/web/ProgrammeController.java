package uk.nhs.eia.mentoring.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.mentoring.Applications;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.Pairs;

/** "Reciprocal mentoring": every cohort, where each is and whether the person applied, and the pairs they are in. */
@Controller
class ProgrammeController {

    private final Cohorts cohorts;
    private final Applications applications;
    private final Pairs pairs;
    private final MentoringAccess access;

    ProgrammeController(Cohorts cohorts, Applications applications, Pairs pairs, MentoringAccess access) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.pairs = pairs;
        this.access = access;
    }

    @GetMapping("/mentoring")
    String programme(Principal person, Model model) {
        String username = person.getName();
        List<Cohort> all = cohorts.cohorts();
        // Only an open cohort offers "Apply", so only those need asking whether the person applied.
        Set<Long> appliedTo = all.stream().filter(Cohort::openForApplications)
                .filter(cohort -> applications.applicationOf(cohort.id(), username).isPresent())
                .map(Cohort::id).collect(Collectors.toSet());
        Map<Long, Cohort> byId = all.stream().collect(Collectors.toMap(Cohort::id, Function.identity()));
        model.addAttribute("cohorts", all);
        model.addAttribute("appliedTo", appliedTo);
        model.addAttribute("yourPairs", pairs.pairsOfPerson(username).stream()
                .map(pair -> new YourPair(pair, pair.partnerOf(username), byId.get(pair.cohortId()))).toList());
        model.addAttribute("isLead", access.isLead(username));
        return "mentoring/programme";
    }

    /** A pair the person is in, seen from their side. */
    record YourPair(MentoringPair pair, String partner, Cohort cohort) {
    }
}
