package uk.nhs.eia.mentoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.mentoring.MentoringPair.Status;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * What a pair does once confirmed: the meetings it logs and the coaching calls it asks for on its page, and the
 * contract, feedback and calls recorded through the steps of its part of the cohort's case.
 */
@Service
@Transactional
public class PairActivity {

    private final JdbcClient jdbc;
    private final Pairs pairs;
    private final Cohorts cohorts;
    private final MentoringAccess access;
    private final MentoringEngine engine;
    private final FormCatalogue forms;
    private final FormValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    PairActivity(JdbcClient jdbc, Pairs pairs, Cohorts cohorts, MentoringAccess access, MentoringEngine engine,
            FormCatalogue forms, FormValidator validator, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.cohorts = cohorts;
        this.access = access;
        this.engine = engine;
        this.forms = forms;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    public FormDefinition form(String formId) {
        return forms.find(formId).orElseThrow(() -> new IllegalStateException("The form " + formId + " is not deployed"));
    }

    /**
     * @throws Invalid  naming each answer to change, or a meeting dated in the future
     * @throws Conflict when the pair is not running
     */
    public void logMeeting(long pairId, String username, Map<String, Object> answers) {
        MentoringPair pair = running(pairId, username);
        Map<String, Object> accepted = checked(MentoringForms.MEETING, answers);
        LocalDate metOn = LocalDate.parse(String.valueOf(accepted.get(MentoringForms.MEETING_DATE)));
        if (metOn.isAfter(LocalDate.now(clock.withZone(ServerClock.ENGLAND)))) {
            throw new Invalid(List.of(new FieldError(MentoringForms.MEETING_DATE, "The date of the meeting must be today or in the past")));
        }
        jdbc.sql("insert into eia_mentoring_meeting (pair_id, met_on, minutes, topics, logged_by, logged_at) values (?, ?, ?, ?, ?, ?)")
                .params(pairId, Date.valueOf(metOn), ((Number) accepted.get(MentoringForms.MEETING_MINUTES)).intValue(),
                        accepted.get(MentoringForms.MEETING_TOPICS), username, Timestamp.from(clock.instant()))
                .update();
        audit.record(Cohorts.subject(pair.cohortId()), "MENTORING_MEETING_LOGGED", "%s logged a meeting of %s and %s on %s"
                .formatted(username, pair.mentor(), pair.leader(), metOn));
    }

    /** Asks for a coaching call; the case gives a coach the step of scheduling and recording it. */
    public void requestCoaching(long pairId, String username, Map<String, Object> answers) {
        MentoringPair pair = running(pairId, username);
        Map<String, Object> accepted = checked(MentoringForms.COACHING_REQUEST, answers);
        jdbc.sql("insert into eia_mentoring_coaching_call (pair_id, reason, requested_by, requested_at) values (?, ?, ?, ?)")
                .params(pairId, accepted.get(MentoringForms.COACHING_REASON), username, Timestamp.from(clock.instant())).update();
        engine.coachingRequested(cohorts.processInstanceOf(pair.cohortId()), pairId);
        audit.record(Cohorts.subject(pair.cohortId()), "MENTORING_COACHING_REQUESTED", "%s asked for a coaching call for %s and %s"
                .formatted(username, pair.mentor(), pair.leader()));
    }

    /** Keeps the answers of a pair's step, accepted by the form engine, as the step completes. */
    public void stepCompleted(long pairId, String step, String by, Map<String, Object> answers) {
        switch (step) {
            case MentoringProcess.AGREE_CONTRACT -> pairs.contractAgreed(pairId, answers, by);
            case MentoringProcess.MID_POINT_FEEDBACK -> feedback(pairId, by, "MID", answers);
            case MentoringProcess.END_FEEDBACK -> feedback(pairId, by, "END", answers);
            case MentoringProcess.SCHEDULE_COACHING_CALL -> coachingCall(pairId, by, answers);
            default -> throw new IllegalArgumentException("The mentoring process has no step " + step + " whose answers are kept");
        }
    }

    /** The pair's meetings, the latest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(long pairId) {
        return jdbc.sql("select met_on, minutes, topics, logged_by from eia_mentoring_meeting where pair_id = ? order by met_on desc, id desc")
                .param(pairId).query((rs, n) -> new Meeting(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    /** The pair's coaching calls, the latest request first. */
    @Transactional(readOnly = true)
    public List<CoachingCall> callsOf(long pairId) {
        return jdbc.sql("""
                        select reason, requested_by, requested_at, call_date, held, coach
                        from eia_mentoring_coaching_call where pair_id = ? order by requested_at desc, id desc""")
                .param(pairId).query((rs, n) -> new CoachingCall(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), (Boolean) rs.getObject(5), rs.getString(6)))
                .list();
    }

    private void feedback(long pairId, String username, String stage, Map<String, Object> answers) {
        MentoringPair pair = pairs.pair(pairId);
        try {
            jdbc.sql("""
                            insert into eia_mentoring_feedback (pair_id, username, stage, confidence, understanding, practice,
                                satisfaction, comments, given_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(pairId, username, stage, score(answers, MentoringForms.CONFIDENCE),
                            score(answers, MentoringForms.UNDERSTANDING), score(answers, MentoringForms.PRACTICE),
                            score(answers, MentoringForms.SATISFACTION), answers.get(MentoringForms.COMMENTS),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException twice) {
            throw new Conflict("Feedback already given", "%s has already given %s feedback for this pair"
                    .formatted(username, "MID".equals(stage) ? "mid-point" : "end"));
        }
        audit.record(Cohorts.subject(pair.cohortId()), "MENTORING_FEEDBACK_GIVEN", "%s gave %s feedback"
                .formatted(username, "MID".equals(stage) ? "mid-point" : "end"));
    }

    private void coachingCall(long pairId, String coach, Map<String, Object> answers) {
        MentoringPair pair = pairs.pair(pairId);
        Long call = jdbc.sql("select min(id) from eia_mentoring_coaching_call where pair_id = ? and recorded_at is null")
                .param(pairId).query(Long.class).optional().orElse(null);
        if (call == null) {
            throw new Conflict("No coaching call to record", "The pair has no coaching call waiting to be recorded");
        }
        jdbc.sql("update eia_mentoring_coaching_call set call_date = ?, held = ?, notes = ?, coach = ?, recorded_at = ? where id = ?")
                .params(Date.valueOf(LocalDate.parse(String.valueOf(answers.get(MentoringForms.CALL_DATE)))),
                        MentoringForms.HELD.equals(answers.get(MentoringForms.CALL_HELD)), answers.get(MentoringForms.CALL_NOTES),
                        coach, Timestamp.from(clock.instant()), call)
                .update();
        audit.record(Cohorts.subject(pair.cohortId()), "MENTORING_COACHING_RECORDED", "%s recorded a coaching call for %s and %s"
                .formatted(coach, pair.mentor(), pair.leader()));
    }

    private MentoringPair running(long pairId, String username) {
        MentoringPair pair = pairs.pair(pairId);
        access.checkMember(pair, username);
        if (pair.status() != Status.CONFIRMED) {
            throw new Conflict("The pair is not running", "Meetings and coaching calls can only be recorded while the pair runs");
        }
        return pair;
    }

    private Map<String, Object> checked(String formId, Map<String, Object> answers) {
        Validation validation = validator.validate(form(formId), answers, Map.of(), Check.COMPLETE);
        if (!validation.valid()) {
            throw new Invalid(validation.errors());
        }
        return validation.accepted();
    }

    private static int score(Map<String, Object> answers, String key) {
        return Integer.parseInt(String.valueOf(answers.get(key)));
    }

    /** A meeting a pair logged. */
    public record Meeting(LocalDate metOn, int minutes, String topics, String loggedBy) {
    }

    /** A coaching call asked for, and what the coach recorded once it was due. */
    public record CoachingCall(String reason, String requestedBy, Instant requestedAt, LocalDate callDate, Boolean held,
            String coach) {
    }
}
