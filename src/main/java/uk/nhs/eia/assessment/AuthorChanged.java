package uk.nhs.eia.assessment;

/** Published, in the handover's transaction, when an assessment is handed over from one author to another. */
public record AuthorChanged(Long assessmentId, String processInstanceId, String from, String to) {
}
