package uk.nhs.eia.assessment;

import java.sql.Timestamp;
import java.time.Instant;
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
        jdbc.sql("""
                update eia_step_run set ended_at = ?, outcome = ?
                where assessment_id = ? and step_key = ? and ended_at is null""")
                .params(Timestamp.from(now), outcome.name(), assessmentId, stepKey).update();
    }

    /** Steps left open when the process ends early, as on withdrawal. */
    void allEnded(Long assessmentId, Instant now) {
        jdbc.sql("update eia_step_run set ended_at = ?, outcome = ? where assessment_id = ? and ended_at is null")
                .params(Timestamp.from(now), Outcome.ENDED.name(), assessmentId).update();
    }
}
