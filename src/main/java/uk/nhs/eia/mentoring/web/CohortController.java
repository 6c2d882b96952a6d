package uk.nhs.eia.mentoring.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.eia.mentoring.Applications;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.mentoring.Participant;
import uk.nhs.eia.mentoring.Participant.Side;
import uk.nhs.eia.mentoring.Stage;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingSession;

/**
 * A cohort's page. Everyone sees its dates and places, and their own application and pair; programme leads and those
 * who read the programme's reports also see who applied, the pairs and who is not paired; leads change them here.
 */
@Controller
class CohortController {

    private final Cohorts cohorts;
    private final Applications applications;
    private final Pairs pairs;
    private final MentoringAccess access;
    private final TrainingRecords training;

    CohortController(Cohorts cohorts, Applications applications, Pairs pairs, MentoringAccess access,
            TrainingRecords training) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.pairs = pairs;
        this.access = access;
        this.training = training;
    }

    @GetMapping("/mentoring/cohorts/{id}")
    String cohort(@PathVariable long id, Principal person, Model model) {
        String username = person.getName();
        Cohort cohort = cohorts.cohort(id);
        var application = applications.applicationOf(id, username);
        model.addAttribute("cohort", cohort);
        // Not "application": Thymeleaf gives that name to the servlet context.
        model.addAttribute("yourApplication", application.orElse(null));
        model.addAttribute("canApply", cohort.openForApplications() && application.isEmpty() && !cohort.full());
        model.addAttribute("yourPairs", pairs.pairsOfPerson(username).stream()
                .filter(pair -> pair.cohortId() == id).toList());
        boolean readsReports = access.mayReadReports(username);
        boolean lead = access.isLead(username);
        model.addAttribute("readsReports", readsReports);
        model.addAttribute("lead", lead);
        model.addAttribute("errors", CohortPageErrors.summaryOf(model));
        model.addAttribute("errorAt", CohortPageErrors.byAnchor(model));
        model.addAttribute("sent", CohortPageErrors.sent(model));
        if (readsReports) {
            model.addAttribute("cohortApplications", applications.applicationsTo(id));
            model.addAttribute("pairs", pairs.pairsOf(id));
            // Before applications close nobody is paired yet, so a reason for each would only say so.
            model.addAttribute("unpaired", cohort.stage() == Stage.OPEN ? List.of() : pairs.unpaired(id));
            List<TrainingSession> sessions = cohorts.sessionsOf(id);
            model.addAttribute("sessions", sessions);
            if (lead) {
                leadForms(cohort, sessions, model);
            }
        }
        return "mentoring/cohort";
    }

    /** What the lead's forms offer: those taking part, each side apart, and the sessions not yet the cohort's. */
    private void leadForms(Cohort cohort, List<TrainingSession> sessions, Model model) {
        List<Participant> taking = applications.participants(cohort.id()).stream()
                .sorted(Comparator.comparing(Participant::username)).toList();
        model.addAttribute("mentors", taking.stream().filter(p -> p.side() == Side.REVERSE_MENTOR).toList());
        model.addAttribute("leaders", taking.stream().filter(p -> p.side() == Side.SENIOR_LEADER).toList());
        model.addAttribute("canSwap", cohort.stage() == Stage.PAIRING);
        model.addAttribute("canRecordLeaver", cohort.stage() != Stage.FINISHED && !taking.isEmpty());
        Set<Long> added = sessions.stream().map(TrainingSession::id).collect(Collectors.toSet());
        model.addAttribute("otherSessions", training.sessions().stream().filter(s -> !added.contains(s.id())).toList());
    }
}
