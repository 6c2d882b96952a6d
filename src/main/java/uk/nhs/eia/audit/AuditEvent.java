package uk.nhs.eia.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to an assessment. Events are only ever added, never changed. */
@Entity
@Table(name = "eia_audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private Instant occurredAt;
    private String actor;
    private String type;
    private String summary;

    protected AuditEvent() {
    }

    AuditEvent(Long assessmentId, Instant occurredAt, String actor, String type, String summary) {
        this.assessmentId = assessmentId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }
}
