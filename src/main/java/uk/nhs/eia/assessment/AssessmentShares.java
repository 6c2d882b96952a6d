package uk.nhs.eia.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.people.Person;
import uk.nhs.eia.refusal.FieldError;

/**
 * Co-authors: an author shares an assessment with another EIA author, who may then read it and work on its author
 * steps, and counts as one of its authors for separation of duties.
 */
@Service
@Transactional
public class AssessmentShares {

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final ChoosablePeople choosable;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentShares(JdbcClient jdbc, Assessments assessments, ChoosablePeople choosable, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.choosable = choosable;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws AssessmentForbidden when the person sharing is not the author
     * @throws AssessmentRefused   when the co-author is not an EIA author, is the author, or already shares it
     */
    public void share(Long id, String author, String username) {
        Assessment assessment = ownedBy(id, author);
        String coAuthor = username == null ? "" : username.strip();
        choosable.refusedAsCoAuthor(author, sharedWith(id), coAuthor).ifPresent(refusal -> {
            throw refused(refusal);
        });
        jdbc.sql("insert into eia_assessment_share (assessment_id, username, shared_by, shared_at) values (?, ?, ?, ?)")
                .params(id, coAuthor, author, Timestamp.from(clock.instant())).update();
        audit.record(sharing(id), "SHARED", "%s shared the assessment with %s".formatted(author, coAuthor));
        events.publishEvent(new AssessmentShared(id, assessment.getProcessInstanceId(), assessment.getAuthor(), coAuthor, true));
    }

    /**
     * Whom the author may share the assessment with.
     *
     * @throws AssessmentForbidden when the person is not the author
     */
    @Transactional(readOnly = true)
    public List<Person> choosableCoAuthors(Long id, String author, String typed) {
        ownedBy(id, author);
        return choosable.coAuthors(author, sharedWith(id), typed);
    }

    /** @throws AssessmentForbidden when the person is not the author */
    public void unshare(Long id, String author, String username) {
        Assessment assessment = ownedBy(id, author);
        if (jdbc.sql("delete from eia_assessment_share where assessment_id = ? and username = ?").params(id, username)
                .update() > 0) {
            audit.record(sharing(id), "UNSHARED", "%s stopped sharing the assessment with %s".formatted(author, username));
            events.publishEvent(new AssessmentShared(id, assessment.getProcessInstanceId(), assessment.getAuthor(), username, false));
        }
    }

    /** A co-author who becomes the author shares it no longer: they hold it now. */
    void becameAuthor(Long id, String username) {
        if (jdbc.sql("delete from eia_assessment_share where assessment_id = ? and username = ?").params(id, username)
                .update() > 0) {
            audit.record(sharing(id), "UNSHARED", "%s is now the author, no longer a co-author".formatted(username));
        }
    }

    @Transactional(readOnly = true)
    public List<String> sharedWith(Long id) {
        return jdbc.sql("select username from eia_assessment_share where assessment_id = ? order by username").param(id)
                .query(String.class).list();
    }

    /** The ids of the assessments shared with this person. */
    @Transactional(readOnly = true)
    public List<Long> sharedWithPerson(String username) {
        return jdbc.sql("select assessment_id from eia_assessment_share where username = ?").param(username)
                .query(Long.class).list();
    }

    /** The sharing of an assessment as the audit trail records it: who it is shared with, after the change. */
    private AuditSubject sharing(Long id) {
        return new AuditSubject("assessment-shares", id.toString(), id, String.join(",", sharedWith(id)));
    }

    private Assessment ownedBy(Long id, String author) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (!assessment.getAuthor().equals(author)) {
            throw new AssessmentForbidden("Only the author of an assessment can share it");
        }
        return assessment;
    }

    private static AssessmentRefused refused(String message) {
        return new AssessmentRefused(List.of(new FieldError("username", message)));
    }
}
