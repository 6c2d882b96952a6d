package uk.nhs.eia.assessment;

import java.time.Instant;
import java.util.Map;

/** The answers accepted at one step of one version of an assessment, as other modules and pages read them. */
public interface SubmittedAnswers {

    Long getId();

    int getAssessmentVersion();

    String getStep();

    String getFormId();

    int getFormVersion();

    /** The answers as they were submitted; they are never changed. */
    Map<String, Object> getAnswers();

    String getSubmittedBy();

    Instant getSubmittedAt();
}
