package uk.nhs.eia.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.evidence.WorkingOnStep;
import uk.nhs.eia.quality.CitedSources;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.NotFound;

/**
 * Library sources cited by an assessment, each with what it shows for the proposal. An author cites while the
 * evidence step is theirs; a citation belongs to the version it was made in, as the step's answers do.
 */
@Service
@Transactional
public class Citations implements CitedSources {

    static final int MAX_SHOWS = 2000;
    private static final String AUDIT_TYPE = "source-citation";
    private static final Step CITING_STEP = Step.EVIDENCE_AND_ENGAGEMENT;

    private final JdbcClient jdbc;
    private final EvidenceLibrary library;
    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final WorkingOnStep work;
    private final AuditTrail audit;
    private final EnglishDates dates;
    private final Clock clock;

    Citations(JdbcClient jdbc, EvidenceLibrary library, AssessmentAccess access, AssessmentService assessments,
            WorkingOnStep work, AuditTrail audit, EnglishDates dates, Clock clock) {
        this.dates = dates;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.library = library;
        this.access = access;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws Invalid          naming {@code shows} when the author does not say what the source shows
     * @throws SourceNotFound   when there is no such source
     * @throws Conflict         when this version cites the source already
     */
    public Citation cite(Long assessmentId, Long sourceId, String shows, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        work.require(assessment, CITING_STEP, username, WorkingOnStep.CITE);
        String text = shows == null ? "" : shows.strip();
        if (text.isEmpty() || text.length() > MAX_SHOWS) {
            throw new Invalid(List.of(new FieldError("shows", text.isEmpty()
                    ? "Say what the source shows for your proposal"
                    : "What the source shows must be %d characters or fewer".formatted(MAX_SHOWS))));
        }
        EvidenceSource source = library.find(sourceId);
        if (citationOf(assessment, sourceId) > 0) {
            throw citedAlready(source);
        }
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into eia_source_citation (assessment_id, assessment_version, source_id, shows, cited_by, cited_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(assessmentId, assessment.getVersion(), sourceId, text, username, Timestamp.from(clock.instant()))
                    .update(key, "id");
        } catch (DuplicateKeyException raced) {
            throw citedAlready(source);
        }
        Citation citation = find(assessmentId, key.getKey().longValue());
        audit.record(subject(citation), "SOURCE_CITED", "%s cited \"%s\" (%s, review by %s): %s".formatted(username,
                source.title(), source.publisher(), source.reviewBy(), text));
        return citation;
    }

    /** @throws uk.nhs.eia.refusal.Forbidden unless the evidence step is the person's to work on now */
    @Transactional(readOnly = true)
    public void requireCiting(Long assessmentId, String username) {
        work.require(access.readable(assessmentId, username), CITING_STEP, username, WorkingOnStep.CITE);
    }

    private static Conflict citedAlready(EvidenceSource source) {
        return new Conflict("Cited already", "This version of the assessment cites \"%s\" already".formatted(source.title()));
    }

    /** Takes a citation out of the version the author is working on. */
    public Citation remove(Long assessmentId, Long citationId, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        Citation citation = find(assessmentId, citationId);
        if (citation.assessmentVersion() != assessment.getVersion()) {
            throw new Conflict("This citation is kept as it was",
                    "It belongs to version %d of the assessment, which is kept as it was submitted"
                            .formatted(citation.assessmentVersion()));
        }
        work.require(assessment, CITING_STEP, username, WorkingOnStep.CITE);
        jdbc.sql("delete from eia_source_citation where id = ?").param(citationId).update();
        audit.record(new AuditSubject(AUDIT_TYPE, String.valueOf(citationId), assessmentId, null), "SOURCE_UNCITED",
                "%s no longer cites \"%s\"".formatted(username, citation.title()));
        return citation;
    }

    /** The sources the assessment's current version cites, for someone who may read it. */
    @Transactional(readOnly = true)
    public List<Citation> of(Long assessmentId, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        return citedIn(assessmentId, assessment.getVersion());
    }

    /** The ids of the sources the assessment's current version cites, for the library to mark them when citing. */
    @Transactional(readOnly = true)
    public List<Long> sourcesCitedBy(Long assessmentId, String username) {
        return of(assessmentId, username).stream().map(Citation::sourceId).toList();
    }

    /** The sources a version cites, for its publication, which has already decided it may be read. */
    @Transactional(readOnly = true)
    public List<Citation> citedIn(Long assessmentId, int version) {
        return jdbc.sql(SELECT + " where c.assessment_id = ? and c.assessment_version = ? order by c.id")
                .params(assessmentId, version).query(this::citation).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> staleCitedIn(Long assessmentId, int version, LocalDate today) {
        return citedIn(assessmentId, version).stream().filter(c -> c.reviewBy().isBefore(today))
                .map(c -> "\"%s\" (review by %s)".formatted(c.title(), dates.date(c.reviewBy()))).toList();
    }

    /**
     * Where a source is used: the assessments citing it that the person may read, and how many others cite it, so
     * a lead sees its reach without anyone seeing assessments that are not theirs.
     */
    @Transactional(readOnly = true)
    public SourceUse useOf(Long sourceId, String username) {
        library.find(sourceId);
        AssessmentAccess.Reader reader = access.readerFor(username);
        List<Long> citing = jdbc.sql("select distinct assessment_id from eia_source_citation where source_id = ? order by assessment_id")
                .param(sourceId).query(Long.class).list();
        // Read through the reader, not access.readable, whose refusal would mark this transaction for rollback.
        List<SourceUse.CitedBy> seen = assessments.byIds(citing).stream().filter(reader::canRead)
                .sorted(Comparator.comparing(AssessmentView::getId))
                .map(a -> new SourceUse.CitedBy(a.getId(), a.getReference(), a.getTitle())).toList();
        return new SourceUse(seen, citing.size() - seen.size());
    }

    private long citationOf(AssessmentView assessment, Long sourceId) {
        return jdbc.sql("select count(*) from eia_source_citation where assessment_id = ? and assessment_version = ? and source_id = ?")
                .params(assessment.getId(), assessment.getVersion(), sourceId).query(Long.class).single();
    }

    private Citation find(Long assessmentId, Long citationId) {
        return jdbc.sql(SELECT + " where c.assessment_id = ? and c.id = ?").params(assessmentId, citationId)
                .query(this::citation).optional()
                .orElseThrow(() -> new NotFound("Citation not found", "The assessment has no citation " + citationId));
    }

    private static final String SELECT = """
            select c.id, c.assessment_id, c.assessment_version, c.shows, c.cited_by, c.cited_at, s.id source_id, s.title,
                s.publisher, s.published_on, s.link, s.review_by
            from eia_source_citation c join eia_evidence_source s on s.id = c.source_id""";

    private Citation citation(ResultSet row, int n) throws SQLException {
        LocalDate reviewBy = row.getDate("review_by").toLocalDate();
        return new Citation(row.getLong("id"), row.getLong("assessment_id"), row.getInt("assessment_version"),
                row.getLong("source_id"), row.getString("title"), row.getString("publisher"),
                row.getDate("published_on").toLocalDate(), row.getString("link"), reviewBy, row.getString("shows"),
                row.getString("cited_by"), row.getTimestamp("cited_at").toInstant(), reviewBy.isBefore(library.today()));
    }

    private static AuditSubject subject(Citation citation) {
        return new AuditSubject(AUDIT_TYPE, String.valueOf(citation.id()), citation.assessmentId(), String.join("\n",
                "source=" + citation.sourceId(), "title=" + citation.title(), "version=" + citation.assessmentVersion(),
                "shows=" + citation.shows()));
    }
}
