package uk.nhs.eia.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment as other modules and pages read it. Only this module changes the record, through
 * {@link AssessmentService}, so what it hands out can be read and not changed.
 */
public interface AssessmentView {

    Long getId();

    String getReference();

    /** Whether it was made before this service and imported from the earlier records. */
    boolean isImported();

    int getVersion();

    String getTitle();

    String getProposalType();

    String getChangeKind();

    String getDirectorate();

    String getTeam();

    String getAuthor();

    String getDecisionMaker();

    LocalDate getPlannedDecisionDate();

    AssessmentStatus getStatus();

    String getCurrentStep();

    String getProcessInstanceId();

    Boolean getFullAssessmentRequired();

    String getScreeningReason();

    LocalDate getReviewDate();

    /** The outcome chosen in the action plan of the current version, or null before then. */
    String getOutcome();

    Instant getCreatedAt();

    Instant getUpdatedAt();

    Instant getPublishedAt();

    /** When the assessment last reached its outcome: published, screened out or rejected. */
    Instant getCompletedAt();

    /** Whether the author's EIA training was current when they started it; null if it started before training was kept. */
    Boolean getAuthorTrained();
}
