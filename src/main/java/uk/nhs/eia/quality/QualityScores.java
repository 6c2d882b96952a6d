package uk.nhs.eia.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.StepAccepted;

/**
 * Keeps each version's quality score, and which checks it failed, as it stands after each accepted step, in the
 * step's transaction, so reports read one row per version instead of re-checking every assessment.
 */
@Service
public class QualityScores {

    private final QualityReports reports;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    QualityScores(QualityReports reports, JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onStepAccepted(StepAccepted step) {
        QualityReport report = reports.of(step.assessmentId());
        String failed = report.failed().stream().map(Finding::id).collect(Collectors.joining(","));
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        update eia_quality_score set score = ?, failed_checks = ?, computed_at = ?
                        where assessment_id = ? and assessment_version = ?""")
                .params(report.score(), failed, now, step.assessmentId(), step.version()).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into eia_quality_score (assessment_id, assessment_version, score, failed_checks, computed_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(step.assessmentId(), step.version(), report.score(), failed, now).update();
        }
        jdbc.sql("delete from eia_quality_failure where assessment_id = ? and assessment_version = ?")
                .params(step.assessmentId(), step.version()).update();
        if (report.failed().isEmpty()) {
            return;
        }
        // One round trip for the version's failed checks, written again at each step.
        batch.batchUpdate("insert into eia_quality_failure (assessment_id, assessment_version, check_id) values (?, ?, ?)",
                report.failed().stream().map(finding -> new Object[] {step.assessmentId(), step.version(), finding.id()})
                        .toList());
    }

    /** The score kept for a version, if a step of it has been accepted. */
    @Transactional(readOnly = true)
    public Optional<Integer> of(Long assessmentId, int version) {
        return jdbc.sql("select score from eia_quality_score where assessment_id = ? and assessment_version = ?")
                .params(assessmentId, version).query(Integer.class).optional();
    }
}
