package uk.nhs.eia.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How an audit event is sealed: SHA-256 over the hash of the event before it and every field of the event, each
 * on its own line, so changing any of them, or the order of events, changes the hash.
 */
public final class AuditHash {

    /** The hash before the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, long chainSeq, Instant occurredAt, String actor, String type,
            Long assessmentId, String subjectType, String subjectId, String beforeHash, String afterHash, String summary) {
        return sha256(String.join("\n", previousHash, Long.toString(chainSeq), occurredAt.toString(), actor, type,
                Objects.toString(assessmentId, ""), Objects.toString(subjectType, ""), Objects.toString(subjectId, ""),
                Objects.toString(beforeHash, ""), Objects.toString(afterHash, ""), summary));
    }

    /** The hash of a subject's state, as events record it before and after a change; null for no state. */
    public static String ofState(String state) {
        return state == null ? null : sha256(state);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
