package uk.nhs.eia.publication;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.TextSearch;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentNotFound;
import uk.nhs.eia.assessment.AssessmentPublished;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.evidence.FilePublication;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.refusal.NotFound;

/**
 * The published versions of assessments: a new one, in the step's transaction, each time an assessment is published
 * or confirmed at review; never changed afterwards. The public register reads the latest of each, and every earlier
 * version stays reachable.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

    public static final int PAGE_SIZE = 20;
    private static final String COLUMNS = "id, assessment_id, number, assessment_version, reference, title, directorate, "
            + "published_at, review_date, content";
    private static final RowMapper<Publication> PUBLICATION = (rs, n) -> new Publication(rs.getLong(1), rs.getLong(2),
            rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
            rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), rs.getString(10));

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final PublishedContent content;
    private final AuditTrail audit;
    private final FilePublication filePublication;
    private final Citations citations;
    private final Clock clock;

    Publications(JdbcClient jdbc, AssessmentService assessments, AssessmentAccess access, PublishedContent content,
            AuditTrail audit, FilePublication filePublication, Citations citations, Clock clock) {
        this.citations = citations;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.access = access;
        this.content = content;
        this.audit = audit;
        this.filePublication = filePublication;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onPublished(AssessmentPublished published) {
        AssessmentView assessment = assessments.find(published.assessmentId()).orElseThrow();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from eia_publication where assessment_id = ?")
                .param(assessment.getId()).query(Integer.class).single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<EvidenceFile> files = filePublication.clearedIn(assessment.getId(), assessment.getVersion());
        String page = content.of(assessment, assessments.currentAnswersOf(assessment.getId()), number, now, files,
                citations.citedIn(assessment.getId(), assessment.getVersion()));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into eia_publication (" + COLUMNS.substring(COLUMNS.indexOf(',') + 2) + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(assessment.getId(), number, assessment.getVersion(), assessment.getReference(), assessment.getTitle(),
                        assessment.getDirectorate(), Timestamp.from(now),
                        assessment.getReviewDate() == null ? null : Date.valueOf(assessment.getReviewDate()), page)
                .update(key, "id");
        long publication = key.getKey().longValue();
        files.forEach(file -> jdbc.sql("insert into eia_publication_file (publication_id, file_id) values (?, ?)")
                .params(publication, file.id()).update());
        audit.record(new AuditSubject("publication", assessment.getReference() + "/" + number, assessment.getId(), page),
                "PUBLICATION_MADE", "Published version %d on the public register".formatted(number));
    }

    /** The latest published version of each assessment whose reference or title contains {@code text}, newest first. */
    public List<Publication> register(String text, int page) {
        String pattern = TextSearch.containing(text);
        return jdbc.sql("select " + COLUMNS + " from eia_publication p where number = (select max(q.number) from"
                        + " eia_publication q where q.assessment_id = p.assessment_id) and (lower(title) like ? escape '\\'"
                        + " or lower(reference) like ? escape '\\') order by published_at desc, id desc"
                        + " offset ? rows fetch next ? rows only")
                .params(pattern, pattern, Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE + 1)
                .query(PUBLICATION).list();
    }

    /** Every published version of an assessment, newest first; empty when nothing under that reference is published. */
    public List<Publication> versionsOf(String reference) {
        return jdbc.sql("select " + COLUMNS + " from eia_publication where reference = ? order by number desc")
                .param(reference).query(PUBLICATION).list();
    }

    /**
     * A file published with a version of an assessment, for anyone to download from the register.
     *
     * @throws NotFound when that version was not published with that file
     */
    public EvidenceFiles.Download fileOf(String reference, int number, Long fileId) {
        Publication publication = version(reference, number).orElseThrow(() -> fileNotFound(reference));
        boolean listed = jdbc.sql("select count(*) from eia_publication_file where publication_id = ? and file_id = ?")
                .params(publication.id(), fileId).query(Long.class).single() > 0;
        if (!listed) {
            throw fileNotFound(reference);
        }
        return filePublication.published(publication.assessmentId(), fileId);
    }

    private static NotFound fileNotFound(String reference) {
        return new NotFound("Page not found", "There is no such file published with " + reference);
    }

    public Optional<Publication> version(String reference, int number) {
        return jdbc.sql("select " + COLUMNS + " from eia_publication where reference = ? and number = ?")
                .params(reference, number).query(PUBLICATION).optional();
    }

    /**
     * The latest published version of an assessment the person may read.
     *
     * @throws AssessmentNotFound when there is no such assessment or it has not been published
     * @throws uk.nhs.eia.assessment.AssessmentForbidden when the person may not read it
     */
    public Publication latestFor(Long assessmentId, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        return versionsOf(assessment.getReference()).stream().findFirst()
                .orElseThrow(() -> new AssessmentNotFound(assessmentId));
    }
}
