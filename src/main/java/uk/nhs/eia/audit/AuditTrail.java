package uk.nhs.eia.audit;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reads the audit trail. Recording joins the caller's transaction, so a change and its event are
 * committed together or not at all. The events a transaction records join the hash chain together just before it
 * commits ({@link ChainAppend}): the end of the chain is locked only for that moment, not for the whole step, so
 * steps of different assessments run side by side and still join one chain one at a time. There is no way here to
 * change or remove an event.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEvents events;
    private final ChainAppend chain;

    AuditTrail(AuditEvents events, ChainAppend chain) {
        this.events = events;
        this.chain = chain;
    }

    /** An event about an assessment whose state is not part of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long assessmentId, String type, String summary) {
        record(AuditSubject.assessment(assessmentId, null), type, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditSubject subject, String type, String summary) {
        ChainAppend.Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(ChainAppend.Pending.class::isInstance).map(ChainAppend.Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    ChainAppend.Pending events = chain.pending();
                    TransactionSynchronizationManager.registerSynchronization(events);
                    return events;
                });
        pending.add(new ChainAppend.Event(subject, type, summary, currentActor()));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(Long assessmentId) {
        return events.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
