package uk.nhs.eia.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.training.TrainingPolicy;
import uk.nhs.eia.training.TrainingRequired;
import uk.nhs.eia.training.TrainingStatus;

/**
 * Holds whoever writes an assessment (its author and co-authors) to the training policy when they start it and
 * whenever they submit one of its steps, through any door: refused under {@code block}; under {@code warn} the
 * assessment is flagged, with the step and the person, in the same transaction as the step.
 */
@Service
@Transactional
public class AuthorTraining {

    static final String START = "Start";

    private final TrainingPolicy policy;
    private final Assessments assessments;
    private final AssessmentShares shares;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AuthorTraining(TrainingPolicy policy, Assessments assessments, AssessmentShares shares, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.policy = policy;
        this.assessments = assessments;
        this.shares = shares;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws TrainingRequired when the author may not start one until trained */
    @Transactional(readOnly = true)
    public TrainingStatus checkStart(String author) {
        return policy.checkWriter(author, "start an assessment");
    }

    void started(Assessment assessment, TrainingStatus author) {
        if (!author.trained()) {
            flag(assessment, START, assessment.getAuthor());
        }
    }

    /**
     * Checks a step being submitted, if the person submitting it writes the assessment; reviewers' steps are not
     * the author's work.
     *
     * @throws TrainingRequired when they may not submit it until trained
     */
    public void checkSubmission(Long id, String step, String by) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (writes(assessment, by) && !policy.checkWriter(by, doing(step)).trained()) {
            flag(assessment, step, by);
        }
    }

    /** As {@link #checkSubmission}, for a door that must refuse before the step is completed, and flags nothing. */
    @Transactional(readOnly = true)
    public void checkMaySubmit(Long id, String step, String by) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (writes(assessment, by)) {
            policy.checkWriter(by, doing(step));
        }
    }

    private boolean writes(Assessment assessment, String username) {
        return username != null && (username.equals(assessment.getAuthor())
                || shares.sharedWith(assessment.getId()).contains(username));
    }

    private static String doing(String step) {
        return "submit " + step.toLowerCase(Locale.UK);
    }

    /** Each time someone without current training started or submitted a step of it, oldest first. */
    @Transactional(readOnly = true)
    public List<TrainingFlag> flagsOf(Long id) {
        return jdbc.sql("select step, username, flagged_at from eia_training_flag where assessment_id = ? order by id")
                .param(id).query((rs, n) -> new TrainingFlag(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    private void flag(Assessment assessment, String step, String username) {
        jdbc.sql("insert into eia_training_flag (assessment_id, step, username, flagged_at) values (?, ?, ?, ?)")
                .params(assessment.getId(), step, username, Timestamp.from(clock.instant())).update();
        audit.record(AuditSubject.assessment(assessment.getId(), assessment.auditState()), "TRAINING_FLAGGED",
                "%s %s without current EIA training".formatted(username,
                        START.equals(step) ? "started the assessment" : "submitted " + step));
    }

    /** Someone without current EIA training started the assessment or submitted a step of it. */
    public record TrainingFlag(String step, String username, Instant flaggedAt) {
    }
}
