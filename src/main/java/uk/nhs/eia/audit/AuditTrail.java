package uk.nhs.eia.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Recording joins the caller's transaction, so a change and its event are
 * committed together or not at all, and adds the event to the hash chain: it locks the end of the chain, so events
 * join it one at a time. There is no way here to change or remove an event.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEvents events;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(AuditEvents events, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An event about an assessment whose state is not part of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long assessmentId, String type, String summary) {
        record(AuditSubject.assessment(assessmentId, null), type, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject subject, String type, String summary) {
        ChainEnd end = jdbc.sql("select last_seq, last_hash from eia_audit_chain_head where id = 1 for update")
                .query((rs, n) -> new ChainEnd(rs.getLong(1), rs.getString(2))).single();
        String before = jdbc.sql("""
                        select after_hash from eia_audit_event where subject_type = ? and subject_id = ?
                        order by chain_seq desc fetch first 1 rows only""")
                .params(subject.type(), subject.id()).query(String.class).optional().orElse(null);
        String after = subject.stateAfter() == null ? before : AuditHash.ofState(subject.stateAfter());
        // The database keeps microseconds; the hash must be of the time as it will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = currentActor();
        long seq = end.seq() + 1;
        String hash = AuditHash.of(end.hash(), seq, now, actor, type, subject.assessmentId(), subject.type(), subject.id(),
                before, after, summary);
        jdbc.sql("""
                        insert into eia_audit_event (assessment_id, occurred_at, actor, type, summary, subject_type, subject_id,
                            before_hash, after_hash, chain_seq, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(subject.assessmentId(), Timestamp.from(now), actor, type, summary, subject.type(), subject.id(),
                        before, after, seq, end.hash(), hash)
                .update();
        jdbc.sql("update eia_audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(Long assessmentId) {
        return events.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private record ChainEnd(long seq, String hash) {
    }
}
