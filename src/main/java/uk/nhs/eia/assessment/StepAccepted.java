package uk.nhs.eia.assessment;

/** Published, in the step's transaction, when a step's answers are kept on the record. */
public record StepAccepted(Long assessmentId, int version, String step, String completedBy) {
}
