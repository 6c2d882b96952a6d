package uk.nhs.eia.mentoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingSession;

/** The programme's cohorts: opened by a lead through the process, closed to applications, run and finished. */
@Service
@Transactional
public class Cohorts {

    static final String AUDIT_SUBJECT = "cohort";

    private static final String SELECT = """
            select c.id, c.name, c.applications_close, c.programme_starts, c.mid_point, c.programme_ends, c.places,
                   c.stage, c.opened_by, c.opened_at,
                   (select count(*) from eia_mentoring_application a where a.cohort_id = c.id and a.left_at is null)
            from eia_mentoring_cohort c""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TrainingRecords training;
    private final Clock clock;

    Cohorts(JdbcClient jdbc, AuditTrail audit, TrainingRecords training, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.training = training;
        this.clock = clock;
    }

    /**
     * Keeps a cohort opened with the start form's accepted answers, as one step with its case's start.
     *
     * @throws Invalid naming the date that is out of order
     */
    public long open(Map<String, Object> answers, String openedBy, String processInstanceId) {
        LocalDate close = date(answers, MentoringForms.APPLICATIONS_CLOSE);
        LocalDate starts = date(answers, MentoringForms.PROGRAMME_STARTS);
        LocalDate midPoint = date(answers, MentoringForms.MID_POINT);
        LocalDate ends = date(answers, MentoringForms.PROGRAMME_ENDS);
        List<FieldError> errors = new ArrayList<>();
        if (!starts.isAfter(close)) {
            errors.add(new FieldError(MentoringForms.PROGRAMME_STARTS, "The programme must start after applications close"));
        }
        if (!midPoint.isAfter(starts)) {
            errors.add(new FieldError(MentoringForms.MID_POINT, "Mid-point feedback must be due after the programme starts"));
        }
        if (!ends.isAfter(midPoint)) {
            errors.add(new FieldError(MentoringForms.PROGRAMME_ENDS, "The programme must end after mid-point feedback is due"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String name = (String) answers.get(MentoringForms.COHORT_NAME);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into eia_mentoring_cohort (name, applications_close, programme_starts, mid_point,
                            programme_ends, places, stage, opened_by, opened_at, process_instance_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, Date.valueOf(close), Date.valueOf(starts), Date.valueOf(midPoint), Date.valueOf(ends), ((Number) answers.get(MentoringForms.PLACES)).intValue(),
                        Stage.OPEN.name(), openedBy, Timestamp.from(clock.instant()), processInstanceId)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(subject(id), "MENTORING_COHORT_OPENED", "%s opened the mentoring cohort \"%s\"".formatted(openedBy, name));
        return id;
    }

    @Transactional(readOnly = true)
    public Cohort cohort(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Cohorts::cohort).optional()
                .orElseThrow(() -> new NotFound("Cohort not found", "There is no mentoring cohort " + id));
    }

    /** Every cohort, the newest first. */
    @Transactional(readOnly = true)
    public List<Cohort> cohorts() {
        return jdbc.sql(SELECT + " order by c.opened_at desc, c.id desc").query(Cohorts::cohort).list();
    }

    @Transactional(readOnly = true)
    public String processInstanceOf(long cohortId) {
        return jdbc.sql("select process_instance_id from eia_mentoring_cohort where id = ?").param(cohortId)
                .query(String.class).optional().orElseThrow(() -> new NotFound("Cohort not found", "There is no mentoring cohort " + cohortId));
    }

    /** Moves the cohort on, refusing when it is not where the move starts. */
    void move(long cohortId, Stage from, Stage to) {
        int moved = jdbc.sql("update eia_mentoring_cohort set stage = ? where id = ? and stage = ?")
                .params(to.name(), cohortId, from.name()).update();
        if (moved == 0) {
            Cohort cohort = cohort(cohortId);
            throw new Conflict("The cohort has moved on", "The cohort \"%s\" is %s".formatted(cohort.name(),
                    cohort.stage().label().toLowerCase()));
        }
        audit.record(subject(cohortId), "MENTORING_COHORT_" + to.name(), "The mentoring cohort %d is now %s"
                .formatted(cohortId, to.label().toLowerCase()));
    }

    /** Marks the cohort finished once every pair's part of its case has ended. */
    public void finish(long cohortId) {
        move(cohortId, Stage.RUNNING, Stage.FINISHED);
    }

    /** Takes the cohort's row lock, so that changes to its applications and pairs take turns. */
    Cohort lock(long cohortId) {
        jdbc.sql("select id from eia_mentoring_cohort where id = ? for update").param(cohortId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("Cohort not found", "There is no mentoring cohort " + cohortId));
        return cohort(cohortId);
    }

    /** The training sessions of the cohort, where attendance and train-the-trainer are recorded. */
    @Transactional(readOnly = true)
    public List<TrainingSession> sessionsOf(long cohortId) {
        return jdbc.sql("select session_id from eia_mentoring_cohort_session where cohort_id = ? order by session_id")
                .param(cohortId).query(Long.class).list().stream().map(training::session).toList();
    }

    /**
     * Makes a training session one of the cohort's.
     *
     * @throws Conflict when it already is
     */
    public void addSession(long cohortId, long sessionId, String by) {
        Cohort cohort = lock(cohortId);
        TrainingSession session = training.session(sessionId);
        if (jdbc.sql("select count(*) from eia_mentoring_cohort_session where cohort_id = ? and session_id = ?")
                .params(cohortId, sessionId).query(Long.class).single() > 0) {
            throw new Conflict("Already one of the cohort's sessions", "\"%s\" is already one of the cohort's sessions"
                    .formatted(session.title()));
        }
        jdbc.sql("insert into eia_mentoring_cohort_session (cohort_id, session_id) values (?, ?)").params(cohortId, sessionId).update();
        audit.record(subject(cohortId), "MENTORING_SESSION_ADDED", "%s added the training session \"%s\" to the cohort \"%s\""
                .formatted(by, session.title(), cohort.name()));
    }

    static AuditSubject subject(long cohortId) {
        return new AuditSubject(AUDIT_SUBJECT, String.valueOf(cohortId), null, null);
    }

    private static LocalDate date(Map<String, Object> answers, String key) {
        return LocalDate.parse(String.valueOf(answers.get(key)));
    }

    private static Cohort cohort(ResultSet rs, int row) throws SQLException {
        return new Cohort(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7), Stage.valueOf(rs.getString(8)),
                rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getInt(11));
    }
}
