package uk.nhs.eia.refusal;

/**
 * What is wrong with one field, in words for the person filling in the form. {@code key} locates the field, with
 * the row for dynamic lists, for example {@code actions[0].owner}.
 */
public record FieldError(String key, String message) {
}
