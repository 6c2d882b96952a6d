package uk.nhs.eia.assessment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps when each step was open, when it was due and how it ended, so the record can show durations and reports
 * can measure step times, overdue steps and returns in SQL.
 */
@Component
class StepRuns {

    enum Outcome { COMPLETED, RETURNED, ENDED }

    private final JdbcClient jdbc;

    StepRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void started(Assessment assessment, String stepKey, String step, Instant dueAt, Instant now) {
        jdbc.sql("""
                insert into eia_step_run (assessment_id, assessment_version, step_key, step, started_at, due_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(assessment.getId(), assessment.getVersion(), stepKey, step, Timestamp.from(now),
                        dueAt == null ? null : Timestamp.from(dueAt))
                .update();
    }

    void ended(Long assessmentId, String stepKey, Outcome outcome, Instant now) {
        openRuns(assessmentId, stepKey).forEach(run -> end(run, outcome, now));
    }

    /** Steps left open when the process ends early, as on withdrawal. */
    void allEnded(Long assessmentId, Instant now) {
        openRuns(assessmentId, null).forEach(run -> end(run, Outcome.ENDED, now));
    }

    List<StepRun> of(Long assessmentId) {
        return jdbc.sql("""
                        select assessment_version, step_key, step, started_at, due_at, ended_at, outcome from eia_step_run
                        where assessment_id = ? order by id""")
                .param(assessmentId)
                .query((rs, n) -> new StepRun(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getString(7)))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The runs of the assessment still open: of one step, or of every step when {@code stepKey} is null. */
    private List<OpenRun> openRuns(Long assessmentId, String stepKey) {
        return jdbc.sql("select id, started_at from eia_step_run where assessment_id = ? and ended_at is null"
                        + (stepKey == null ? "" : " and step_key = ?"))
                .params(stepKey == null ? List.of(assessmentId) : List.of(assessmentId, stepKey))
                .query((rs, n) -> new OpenRun(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    private void end(OpenRun run, Outcome outcome, Instant now) {
        double days = Duration.between(run.startedAt(), now).toSeconds() / 86_400.0;
        jdbc.sql("update eia_step_run set ended_at = ?, outcome = ?, days_taken = ? where id = ?")
                .params(Timestamp.from(now), outcome.name(), days, run.id()).update();
    }

    private record OpenRun(long id, Instant startedAt) {
    }
}
