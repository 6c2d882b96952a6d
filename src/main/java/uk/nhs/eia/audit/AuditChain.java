package uk.nhs.eia.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the audit trail is intact: walks the chain in order, recomputes every event's hash from its fields and the
 * hash before it, and checks the end of the chain, naming the first event where any of that fails.
 */
@Service
public class AuditChain {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        String previous = AuditHash.GENESIS;
        long seq = 0;
        long checked = 0;
        List<Row> batch;
        do {
            batch = jdbc.sql("""
                            select id, chain_seq, occurred_at, actor, type, assessment_id, subject_type, subject_id, before_hash,
                                after_hash, summary, previous_hash, hash
                            from eia_audit_event where chain_seq > ? order by chain_seq fetch first %d rows only""".formatted(BATCH))
                    .param(seq)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3), rs.getString(4),
                            rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)))
                    .list();
            for (Row row : batch) {
                String problem = row.problem(seq + 1, previous);
                if (problem != null) {
                    return new Verification(false, checked, row.broken(problem));
                }
                previous = row.hash();
                seq = row.chainSeq();
                checked++;
            }
        } while (batch.size() == BATCH);
        long unsealed = jdbc.sql("select count(*) from eia_audit_event where chain_seq is null").query(Long.class).single();
        if (unsealed > 0) {
            return new Verification(false, checked, new BrokenEvent(null, null, null, null, null,
                    unsealed + " events are not in the chain: they were added without being sealed"));
        }
        End end = jdbc.sql("select last_seq, last_hash from eia_audit_chain_head where id = 1")
                .query((rs, n) -> new End(rs.getLong(1), rs.getString(2))).single();
        if (end.seq() != seq || !end.hash().equals(previous)) {
            return new Verification(false, checked, new BrokenEvent(null, seq + 1, null, null, null,
                    "The chain ends at event %d, but %d events were written: the last ones are missing or altered"
                            .formatted(seq, end.seq())));
        }
        return new Verification(true, checked, null);
    }

    /**
     * The result of a check: whether every event is intact, how many were checked before the answer was known, and
     * the first event that is not, with the reason.
     */
    public record Verification(boolean valid, long checked, BrokenEvent firstBroken) {
    }

    /** An event that breaks the chain; for a missing end of the chain, only its place. */
    public record BrokenEvent(Long id, Long chainSeq, Instant occurredAt, String type, Long assessmentId, String reason) {
    }

    private record Row(long id, long chainSeq, Timestamp occurredAt, String actor, String type, Long assessmentId,
            String subjectType, String subjectId, String beforeHash, String afterHash, String summary,
            String previousHash, String hash) {

        String problem(long expectedSeq, String expectedPrevious) {
            if (chainSeq != expectedSeq) {
                return "Event %d of the chain is missing: the chain goes from %d to %d"
                        .formatted(expectedSeq, expectedSeq - 1, chainSeq);
            }
            if (!expectedPrevious.equals(previousHash)) {
                return "This event does not follow the one before it in the chain";
            }
            String recomputed = AuditHash.of(previousHash, chainSeq, occurredAt.toInstant(), actor, type, assessmentId,
                    subjectType, subjectId, beforeHash, afterHash, summary);
            return recomputed.equals(hash) ? null : "This event was changed after it was written: its hash no longer matches";
        }

        BrokenEvent broken(String reason) {
            return new BrokenEvent(id, chainSeq, occurredAt.toInstant(), type, assessmentId, reason);
        }
    }

    private record End(long seq, String hash) {
    }
}
