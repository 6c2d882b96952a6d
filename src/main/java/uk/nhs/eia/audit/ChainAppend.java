package uk.nhs.eia.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Adds a transaction's events to the hash chain as it is about to commit, in the order they were recorded: locks
 * the end of the chain, links each event to the one before it and to the last state of its subject, and moves the
 * end once. If the transaction rolls back, nothing was added.
 */
@Component
class ChainAppend {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChainAppend(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Pending pending() {
        return new Pending();
    }

    private void append(List<Event> events) {
        ChainEnd end = jdbc.sql("select last_seq, last_hash from eia_audit_chain_head where id = 1 for update")
                .query((rs, n) -> new ChainEnd(rs.getLong(1), rs.getString(2))).single();
        // The database keeps microseconds; the hash must be of the time as it will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> lastStateOf = new HashMap<>();
        long seq = end.seq();
        String previous = end.hash();
        for (Event event : events) {
            AuditSubject subject = event.subject();
            String subjectKey = subject.type() + "\u0000" + subject.id();
            String before = lastStateOf.containsKey(subjectKey) ? lastStateOf.get(subjectKey) : lastStateInChain(subject);
            String after = subject.stateAfter() == null ? before : AuditHash.ofState(subject.stateAfter());
            lastStateOf.put(subjectKey, after);
            seq++;
            String hash = AuditHash.of(previous, seq, now, event.actor(), event.type(), subject.assessmentId(),
                    subject.type(), subject.id(), before, after, event.summary());
            jdbc.sql("""
                            insert into eia_audit_event (assessment_id, occurred_at, actor, type, summary, subject_type,
                                subject_id, before_hash, after_hash, chain_seq, previous_hash, hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(subject.assessmentId(), Timestamp.from(now), event.actor(), event.type(), event.summary(),
                            subject.type(), subject.id(), before, after, seq, previous, hash)
                    .update();
            previous = hash;
        }
        jdbc.sql("update eia_audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, previous).update();
    }

    private String lastStateInChain(AuditSubject subject) {
        return jdbc.sql("""
                        select after_hash from eia_audit_event where subject_type = ? and subject_id = ?
                        order by chain_seq desc fetch first 1 rows only""")
                .params(subject.type(), subject.id()).query(String.class).optional().orElse(null);
    }

    /** One event as recorded, with who did it, waiting for its transaction to commit. */
    record Event(AuditSubject subject, String type, String summary, String actor) {
    }

    /** The events one transaction has recorded so far; they join the chain in its last moment before commit. */
    final class Pending implements TransactionSynchronization {

        private final List<Event> events = new ArrayList<>();
        private boolean committing;

        /** Once the transaction is committing, an event recorded by a later hook joins the chain at once. */
        void add(Event event) {
            if (committing) {
                append(List.of(event));
            } else {
                events.add(event);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            if (!events.isEmpty()) {
                append(List.copyOf(events));
                events.clear();
            }
        }
    }

    private record ChainEnd(long seq, String hash) {
    }
}
