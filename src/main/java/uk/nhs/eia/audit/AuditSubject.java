package uk.nhs.eia.audit;

/**
 * What an audit event is about: a kind ("assessment", "submission", "task", "user"), its id, the assessment it
 * belongs to if any, and its state after the change as text (null when the event changes no state), of which the
 * event keeps only the hash.
 */
public record AuditSubject(String type, String id, Long assessmentId, String stateAfter) {

    public static AuditSubject assessment(Long assessmentId, String stateAfter) {
        return new AuditSubject("assessment", String.valueOf(assessmentId), assessmentId, stateAfter);
    }
}
