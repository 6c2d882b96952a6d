package uk.nhs.eia.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;

/**
 * The answers accepted at one step of one version of an assessment, as they were submitted. Never changed.
 * Package-private so that only this module depends on its mapping; other modules read it as {@link SubmittedAnswers}.
 */
@Entity
@Immutable
@Table(name = "eia_step_submission")
class StepSubmission implements SubmittedAnswers {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private int assessmentVersion;
    private String step;
    private String formId;
    private int formVersion;
    @Convert(converter = AnswersAsJson.class)
    @Column(columnDefinition = "text")
    private Map<String, Object> answers;
    private String submittedBy;
    private Instant submittedAt;

    protected StepSubmission() {
    }

    StepSubmission(Assessment assessment, String step, String formId, int formVersion, Map<String, Object> answers,
            String submittedBy, Instant submittedAt) {
        this.assessmentId = assessment.getId();
        this.assessmentVersion = assessment.getVersion();
        this.step = step;
        this.formId = formId;
        this.formVersion = formVersion;
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    @Override
    public int getAssessmentVersion() {
        return assessmentVersion;
    }

    @Override
    public String getStep() {
        return step;
    }

    @Override
    public String getFormId() {
        return formId;
    }

    @Override
    public int getFormVersion() {
        return formVersion;
    }

    /** The answers exactly as they are stored, for the audit trail's hash of what was kept. */
    public String answersJson() {
        return new AnswersAsJson().convertToDatabaseColumn(answers);
    }

    @Override
    public Map<String, Object> getAnswers() {
        return answers;
    }

    @Override
    public String getSubmittedBy() {
        return submittedBy;
    }

    @Override
    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
