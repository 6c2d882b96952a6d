package uk.nhs.eia.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.Step;

/**
 * Which files go on the public register with an assessment. Evidence often holds what the public may not see (names,
 * small numbers, drafts), so nothing is published unless two people say so: the author marks a file publishable while
 * its step is theirs, and the equality lead agrees at quality review. Unmarking it takes the agreement away.
 */
@Service
public class FilePublication {

    private static final String AUDIT_TYPE = "evidence-file";

    private final JdbcTemplate jdbc;
    private final EvidenceFiles files;
    private final AssessmentAccess access;
    private final WorkingOnStep work;
    private final AuditTrail audit;
    private final Clock clock;

    FilePublication(JdbcTemplate jdbc, EvidenceFiles files, AssessmentAccess access, WorkingOnStep work, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.access = access;
        this.work = work;
        this.audit = audit;
        this.clock = clock;
    }

    /** The author says whether a file of a step that is their task now may be published. */
    @Transactional
    public EvidenceFile markPublishable(Long assessmentId, Long fileId, boolean publishable, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        EvidenceFile file = current(assessment, fileId);
        work.require(assessment, AttachableSteps.byKey(file.step()).orElseThrow(), username, StepNotYours.FILES);
        jdbc.update("""
                update eia_evidence_file set publishable = ?, publication_agreed_by = null, publication_agreed_at = null
                where id = ?""", publishable, fileId);
        record(file, publishable ? "EVIDENCE_MARKED_PUBLISHABLE" : "EVIDENCE_MARKED_NOT_PUBLISHABLE",
                "%s (SHA-256 %s) marked %s by its author".formatted(file.fileName(), file.sha256(),
                        publishable ? "publishable" : "not for publication"));
        return files.find(assessmentId, fileId).orElseThrow();
    }

    /** The equality lead, at a quality review that is their task now, agrees or no longer agrees to publish a file. */
    @Transactional
    public EvidenceFile agree(Long assessmentId, Long fileId, boolean agreed, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        EvidenceFile file = current(assessment, fileId);
        work.require(assessment, Step.QUALITY_REVIEW, username, StepNotYours.AGREEMENT);
        if (agreed && !file.publishable()) {
            throw new EvidenceRefused("%s cannot be published: its author has not marked it publishable"
                    .formatted(file.fileName()));
        }
        jdbc.update("update eia_evidence_file set publication_agreed_by = ?, publication_agreed_at = ? where id = ?",
                agreed ? username : null, agreed ? Timestamp.from(clock.instant()) : null, fileId);
        record(file, agreed ? "EVIDENCE_PUBLICATION_AGREED" : "EVIDENCE_PUBLICATION_WITHDRAWN",
                "%s (SHA-256 %s): publication %s at quality review".formatted(file.fileName(), file.sha256(),
                        agreed ? "agreed" : "no longer agreed"));
        return files.find(assessmentId, fileId).orElseThrow();
    }

    /** The files of an assessment's version that both the author and the equality lead cleared, for its publication. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> clearedIn(Long assessmentId, int version) {
        return jdbc.query("""
                select * from eia_evidence_file where assessment_id = ? and assessment_version = ? and publishable
                and publication_agreed_by is not null and submitted_at is not null order by step_key, id""",
                EvidenceFiles.FILE, assessmentId, version);
    }

    /**
     * A file's bytes for the public register, which has already found it among a publication's files; nobody is
     * signed in there, so the register is the only one to call this.
     */
    @Transactional(readOnly = true)
    public EvidenceFiles.Download published(Long assessmentId, Long fileId) {
        EvidenceFile file = files.find(assessmentId, fileId).filter(EvidenceFile::cleared)
                .orElseThrow(() -> new EvidenceNotFound(assessmentId, fileId));
        return files.downloadOf(file);
    }

    private EvidenceFile current(AssessmentView assessment, Long fileId) {
        EvidenceFile file = files.find(assessment.getId(), fileId)
                .orElseThrow(() -> new EvidenceNotFound(assessment.getId(), fileId));
        if (file.assessmentVersion() != assessment.getVersion()) {
            throw new EvidenceKept(file);
        }
        return file;
    }

    private void record(EvidenceFile file, String type, String summary) {
        audit.record(new AuditSubject(AUDIT_TYPE, String.valueOf(file.id()), file.assessmentId(),
                "publishable=" + file.publishable() + "\nagreedBy=" + file.publicationAgreedBy()), type, summary);
    }
}
