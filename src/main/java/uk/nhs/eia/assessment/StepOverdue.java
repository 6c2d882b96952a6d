package uk.nhs.eia.assessment;

/** Published, in the timer's transaction, when a step passes its due date while still open. */
public record StepOverdue(Long assessmentId, String reference, String processInstanceId, String stepKey, String step) {
}
