package uk.nhs.eia.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByAssessmentIdOrderByIdAsc(Long assessmentId);
}
