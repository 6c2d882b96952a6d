package uk.nhs.eia.records;

/**
 * One answer that differs between two submissions of a step: the field ({@code actions[2].owner} for a row of a
 * list), its label, the answer before and after (empty when there was none), and whether it was "added", "removed"
 * or "changed".
 */
public record AnswerChange(String field, String label, String before, String after, String change) {
}
