package uk.nhs.eia.records;

import java.time.Instant;

/** Something a reviewer wrote for the author and the record, with the step and question it answered. */
public record RecordComment(String step, String question, String text, String by, Instant at) {
}
