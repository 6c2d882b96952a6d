package uk.nhs.eia.mentoring.api;

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
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.PairActivity;
import uk.nhs.eia.mentoring.PairActivity.CoachingCall;
import uk.nhs.eia.mentoring.PairActivity.Meeting;
import uk.nhs.eia.mentoring.Pairs;

/**
 * A mentoring pair's page, as JSON: the two members and programme leads see it; the members log their meetings and
 * ask for coaching calls. The contract, feedback and the coach's record of a call are steps of the cohort's case,
 * completed through {@code /api/tasks}.
 */
@RestController
@RequestMapping("/api/mentoring/pairs")
class PairsApi {

    private final Pairs pairs;
    private final PairActivity activity;
    private final MentoringAccess access;

    PairsApi(Pairs pairs, PairActivity activity, MentoringAccess access) {
        this.pairs = pairs;
        this.activity = activity;
        this.access = access;
    }

    @Operation(summary = "Your mentoring pairs", description = "The pairs you are in, across cohorts, the newest first: "
            + "[{id, cohortId, mentor, leader, score, status, contractAgreedAt, closedReason}].")
    @GetMapping
    List<MentoringPair> mine(Principal person) {
        return pairs.pairsOfPerson(person.getName());
    }

    @Operation(summary = "A pair, its meetings and its coaching calls", description = "{pair: {id, cohortId, mentor, "
            + "leader, score, status (PROPOSED, CONFIRMED, CLOSED or FINISHED), contractAgreedAt, closedReason}, "
            + "meetings: [{metOn, minutes, topics, loggedBy}] the latest first, coachingCalls: [{reason, requestedBy, "
            + "requestedAt, callDate, held, coach}] the latest request first}. 403 unless one of the pair, a programme "
            + "lead or eia-admin; 404 for no such pair.")
    @GetMapping("/{id}")
    PairView pair(@PathVariable long id, Principal person) {
        MentoringPair pair = pairs.pair(id);
        access.checkMaySee(pair, person.getName());
        return view(pair);
    }

    @Operation(summary = "Log a meeting of the pair", description = "{\"data\": answers to the mentoring-meeting "
            + "form}: meetingDate (an ISO date, today or earlier), meetingMinutes (5 to 480), optionally meetingTopics. "
            + "201 with the pair as GET shows it; 422 naming each field to change; 409 unless the pair is running "
            + "(confirmed and not yet finished or closed); 403 unless one of the pair; 404 for no such pair.")
    @PostMapping("/{id}/meetings")
    ResponseEntity<PairView> logMeeting(@PathVariable long id, @RequestBody Answers body, Principal person) {
        activity.logMeeting(id, person.getName(), body.answers());
        return ResponseEntity.created(URI.create("/api/mentoring/pairs/" + id)).body(view(pairs.pair(id)));
    }

    @Operation(summary = "Ask for a coaching call", description = "{\"data\": answers to the "
            + "mentoring-coaching-request form}: coachingReason. A mentoring coach is given the step of scheduling and "
            + "recording the call. 201 with the pair as GET shows it; 422 naming each field to change; 409 unless the "
            + "pair is running; 403 unless one of the pair; 404 for no such pair.")
    @PostMapping("/{id}/coaching-requests")
    ResponseEntity<PairView> requestCoaching(@PathVariable long id, @RequestBody Answers body, Principal person) {
        activity.requestCoaching(id, person.getName(), body.answers());
        return ResponseEntity.created(URI.create("/api/mentoring/pairs/" + id)).body(view(pairs.pair(id)));
    }

    private PairView view(MentoringPair pair) {
        return new PairView(pair, activity.meetingsOf(pair.id()), activity.callsOf(pair.id()));
    }

    record PairView(MentoringPair pair, List<Meeting> meetings, List<CoachingCall> coachingCalls) {
    }
}
