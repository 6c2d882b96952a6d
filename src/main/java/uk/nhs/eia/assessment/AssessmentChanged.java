package uk.nhs.eia.assessment;

/**
 * Published, in the change's transaction, whenever the record of an assessment changes: a step started or accepted,
 * its screening decided, its outcome, publication, review, withdrawal or new version. Reports count the assessment
 * again as that transaction commits.
 */
public record AssessmentChanged(Long assessmentId) {
}
