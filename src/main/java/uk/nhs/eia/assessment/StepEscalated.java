package uk.nhs.eia.assessment;

/** Published, in the timer's transaction, when a step is still open well after its due date. */
public record StepEscalated(Long assessmentId, String reference, String processInstanceId, String stepKey, String step) {
}
