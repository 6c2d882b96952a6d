package uk.nhs.eia.records;

/** One step of the process on the record: its name, where it stands, and its open task if it has one now. */
public record RecordStep(String name, StepState state, String taskId) {
}
