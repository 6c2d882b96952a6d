package uk.nhs.eia.assessment;

/**
 * Published, in the step's transaction, when an assessment is published after sign-off or confirmed at a review:
 * either way a new version goes on the public register.
 */
public record AssessmentPublished(Long assessmentId) {
}
