package uk.nhs.eia.tasks;

import java.time.Instant;

/** A step someone has saved a draft of and not yet submitted, and when they last saved it. */
public record SavedDraft(OpenTask task, Instant savedAt) {
}
