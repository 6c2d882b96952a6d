package uk.nhs.eia.assessment;

import java.time.Duration;
import java.time.Instant;

/**
 * One time a step was open: when it started, was due and ended, and how it ended ("COMPLETED", "RETURNED" by a
 * reviewer, or "ENDED" when the process stopped; null while open).
 */
public record StepRun(int assessmentVersion, String stepKey, String step, Instant startedAt, Instant dueAt,
        Instant endedAt, String outcome) {

    /** How long the step was open, or has been so far at {@code now}. */
    public Duration openFor(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    /** Whether a reviewer handed the work back from this step. */
    public boolean wasReturned() {
        return StepRuns.Outcome.RETURNED.name().equals(outcome);
    }

    public boolean overdueAt(Instant now) {
        return dueAt != null && (endedAt == null ? now : endedAt).isAfter(dueAt);
    }
}
