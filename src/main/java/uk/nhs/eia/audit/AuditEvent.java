package uk.nhs.eia.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened, sealed into the audit trail's hash chain. Events are only ever added, never changed. */
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
    private String subjectType;
    private String subjectId;
    private String beforeHash;
    private String afterHash;
    private Long chainSeq;
    private String previousHash;
    private String hash;

    protected AuditEvent() {
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

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    /** The hash of the subject's state before the change, or null when nothing recorded it. */
    public String getBeforeHash() {
        return beforeHash;
    }

    public String getAfterHash() {
        return afterHash;
    }

    /** The event's place in the hash chain of all events. */
    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    /** Whether the event's hash still matches its fields and the hash before it. */
    public boolean sealIntact() {
        return hash != null && chainSeq != null && hash.equals(AuditHash.of(previousHash, chainSeq, occurredAt, actor, type, assessmentId,
                subjectType, subjectId, beforeHash, afterHash, summary));
    }
}
