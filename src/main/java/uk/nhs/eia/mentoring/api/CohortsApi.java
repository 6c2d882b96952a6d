package uk.nhs.eia.mentoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.mentoring.Application;
import uk.nhs.eia.mentoring.Applications;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.CohortPairing.Unpaired;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.MentoringEngine;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingSession;

/**
 * The reciprocal mentoring programme's cohorts, as its pages run them: anyone signed in lists them and applies;
 * programme leads open them, change the proposed pairs, record leavers and add training sessions; leads and
 * compliance see who applied and how they are paired.
 */
@RestController
@RequestMapping("/api/mentoring/cohorts")
class CohortsApi {

    private final Cohorts cohorts;
    private final Applications applications;
    private final Pairs pairs;
    private final MentoringEngine engine;
    private final MentoringAccess access;
    private final TrainingRecords training;

    CohortsApi(Cohorts cohorts, Applications applications, Pairs pairs, MentoringEngine engine, MentoringAccess access,
            TrainingRecords training) {
        this.cohorts = cohorts;
        this.applications = applications;
        this.pairs = pairs;
        this.engine = engine;
        this.access = access;
        this.training = training;
    }

    @Operation(summary = "Every cohort, the newest first", description = "[{id, name, applicationsClose, "
            + "programmeStarts, midPoint, programmeEnds, places, stage (OPEN, PAIRING, RUNNING or FINISHED), openedBy, "
            + "openedAt, applications}]. For anyone signed in: anyone may apply.")
    @GetMapping
    List<Cohort> list() {
        return cohorts.cohorts();
    }

    @Operation(summary = "Open a cohort", description = "{\"data\": answers to the mentoring-cohort start form}: "
            + "cohortName, applicationsClose (today or later), programmeStarts (after applications close), midPoint "
            + "(after the start), programmeEnds (after the mid-point), each an ISO date, and places (2 to 200). Starts "
            + "the cohort's case in the engine. 201 with the cohort and its Location; 422 naming each field to change; "
            + "403 unless a programme lead or eia-admin.")
    @PostMapping
    ResponseEntity<Cohort> open(@RequestBody Answers body, Principal person) {
        access.checkLead(person.getName());
        long id = engine.openCohort(body.answers(), person.getName());
        return ResponseEntity.created(URI.create("/api/mentoring/cohorts/" + id)).body(cohorts.cohort(id));
    }

    @Operation(summary = "A cohort", description = "{cohort, application}: the cohort and your own application to it "
            + "(null if you have not applied). For programme leads, eia-admins and compliance also applications "
            + "(everyone's, including those who left, with leftAt and leftReason), pairs (proposed, confirmed, closed "
            + "or finished), unpaired ([{participant, reason}]: those in no pair and why) and sessions (its training "
            + "sessions). 404 for no such cohort.")
    @GetMapping("/{id}")
    CohortView cohort(@PathVariable long id, Principal person) {
        Cohort cohort = cohorts.cohort(id);
        Application own = applications.applicationOf(id, person.getName()).orElse(null);
        if (!access.mayReadReports(person.getName())) {
            return new CohortView(cohort, own, null, null, null, null);
        }
        return new CohortView(cohort, own, applications.applicationsTo(id), pairs.pairsOf(id), pairs.unpaired(id),
                cohorts.sessionsOf(id));
    }

    @Operation(summary = "Apply to a cohort", description = "{\"data\": answers to the mentoring-application form}: "
            + "mentoringSide (reverse-mentor or senior-leader), jobRole, payBand, workDirectorate, optionally "
            + "lineManager (their username: you are never paired with your line manager or someone you manage), "
            + "availability, mentoringGoals and optionally mentoringInterests (lists of the form's values), "
            + "confidenceBefore, understandingBefore and practiceBefore (\"1\" to \"5\"), optionally selfDescription. "
            + "201 with your application; 422 naming each field to change; 409 once applications have closed, when "
            + "the cohort is full or the second time; 404 for no such cohort.")
    @PostMapping("/{id}/applications")
    ResponseEntity<Application> apply(@PathVariable long id, @RequestBody Answers body, Principal person) {
        Application application = applications.apply(id, person.getName(), body.answers());
        return ResponseEntity.created(URI.create("/api/mentoring/cohorts/" + id)).body(application);
    }

    @Operation(summary = "Swap two people in the proposed pairs", description = "{\"one\", \"other\"}: usernames of "
            + "two people taking part on the same side, either of whom may be unpaired; each takes the other's place. "
            + "204; 422 naming one or other, and for a pair it would make that breaks a rule (one is the other's line "
            + "manager, or they share no time they are free) the rule; 409 once the pairs are confirmed; 403 unless a "
            + "programme lead or eia-admin.")
    @PostMapping("/{id}/swaps")
    ResponseEntity<Void> swap(@PathVariable long id, @RequestBody Swap body, Principal person) {
        access.checkLead(person.getName());
        pairs.swap(id, required(body.one(), "one", "Choose the first person to swap"),
                required(body.other(), "other", "Choose the person to swap them with"), person.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Record that someone left the cohort", description = "{\"username\", \"reason\"} (reason at "
            + "most 500 characters). Before the pairs are confirmed their proposed pair is dropped; afterwards their "
            + "partner is given whoever free fits best, or the pair is closed. 200 {\"outcome\"}: what happened to "
            + "their pair, in a sentence; 422 naming username (not taking part) or reason; 409 once the cohort has "
            + "finished; 403 unless a programme lead or eia-admin.")
    @PostMapping("/{id}/leavers")
    Left leave(@PathVariable long id, @RequestBody Leaver body, Principal person) {
        access.checkLead(person.getName());
        return new Left(pairs.leave(id, required(body.username(), "username", "Choose who left"), body.reason(),
                person.getName()));
    }

    @Operation(summary = "Make a training session one of the cohort's", description = "{\"sessionId\"}: a session "
            + "from /api/training/sessions, where attendance is then recorded. 204; 422 naming sessionId when it is "
            + "missing or no such session; 409 when it is one of the cohort's already; 403 unless a programme lead or "
            + "eia-admin.")
    @PostMapping("/{id}/sessions")
    ResponseEntity<Void> addSession(@PathVariable long id, @RequestBody NewSession body, Principal person) {
        access.checkLead(person.getName());
        cohorts.cohort(id);
        if (body.sessionId() == null) {
            throw new Invalid(List.of(new FieldError("sessionId", "Choose a training session")));
        }
        try {
            training.session(body.sessionId());
        } catch (NotFound missing) {
            throw new Invalid(List.of(new FieldError("sessionId", "There is no training session " + body.sessionId())));
        }
        cohorts.addSession(id, body.sessionId(), person.getName());
        return ResponseEntity.noContent().build();
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new Invalid(List.of(new FieldError(field, message)));
        }
        return value.strip();
    }

    /** A cohort as one person may see it: the lists are left out for those who may not read them. */
    record CohortView(Cohort cohort, Application application,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Application> applications,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<MentoringPair> pairs,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Unpaired> unpaired,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TrainingSession> sessions) {
    }

    record Swap(String one, String other) {
    }

    record Leaver(String username, String reason) {
    }

    /** What happened to the leaver's pair. */
    record Left(String outcome) {
    }

    record NewSession(Long sessionId) {
    }
}
