package uk.nhs.eia.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the history of assessments. Recording joins the caller's transaction, so a change
 * and its event are committed together or not at all.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEvents events;
    private final Clock clock;

    AuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(Long assessmentId, String type, String summary) {
        return events.save(new AuditEvent(assessmentId, clock.instant(), currentActor(), type, summary));
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
