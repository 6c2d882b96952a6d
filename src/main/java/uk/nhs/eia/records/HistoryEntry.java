package uk.nhs.eia.records;

import java.time.Instant;

/**
 * One line of an assessment's full history: from the record's audit trail ({@code source} "record") or from the
 * engine's own history of the process ("engine").
 */
public record HistoryEntry(Instant at, String actor, String type, String what, String source) {
}
