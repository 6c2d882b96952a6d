package uk.nhs.eia.records;

import static uk.nhs.eia.contract.Question.CHANGE_KIND;
import static uk.nhs.eia.contract.Question.DECISION_MAKER;
import static uk.nhs.eia.contract.Question.DIRECTORATE;
import static uk.nhs.eia.contract.Question.OUTCOME;
import static uk.nhs.eia.contract.Question.PLANNED_DECISION_DATE;
import static uk.nhs.eia.contract.Question.PROPOSAL_TYPE;
import static uk.nhs.eia.contract.Question.REVIEW_DATE;
import static uk.nhs.eia.contract.Question.TEAM;
import static uk.nhs.eia.contract.Question.TITLE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.evidence.HandoverFiles;
import uk.nhs.eia.publication.Publication;
import uk.nhs.eia.publication.Publications;
import uk.nhs.eia.publication.PublishedPdfs;

/**
 * Everything kept about one assessment, in one ZIP for a compliance lead or a court: the record, every submission,
 * every audit event with its place in the hash chain, the engine's history, the PDF of each published version, and
 * every evidence file in a folder per step and version with its manifest.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceExports {

    private static final String README = """
            Equality impact assessment %s: everything the system keeps about it.

            assessment.json   the record as it stands
            submissions.json  every answer submitted at every step, exactly as kept, oldest first
            audit-events.json every audit event about it, with its place in the audit trail's hash chain
            history.json      the full history: the audit trail and the workflow engine's history together
            published-vN.pdf  each published version, as the public register shows it
            %s

            Each audit event is sealed: hash = SHA-256 of these lines joined by a line feed: previousHash, chainSeq,
            occurredAt (ISO-8601, UTC), actor, type, assessmentId, subjectType, subjectId, beforeHash, afterHash,
            summary (an absent value is an empty line). "sealIntact" says whether that still holds for each event.
            The events of other assessments sit between these in the chain; GET /api/audit/verify checks all of it.
            """;

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final AuditTrail audit;
    private final AssessmentHistories histories;
    private final Publications publications;
    private final PublishedPdfs pdfs;
    private final HandoverFiles files;
    private final ObjectMapper json;

    ComplianceExports(AssessmentAccess access, AssessmentService assessments, AuditTrail audit,
            AssessmentHistories histories, Publications publications, PublishedPdfs pdfs, HandoverFiles files,
            ObjectMapper json) {
        this.files = files;
        this.access = access;
        this.assessments = assessments;
        this.audit = audit;
        this.histories = histories;
        this.publications = publications;
        this.pdfs = pdfs;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * The export, once the person is known to be allowed it, so a refusal comes before any of the ZIP is sent.
     *
     * @throws uk.nhs.eia.assessment.AssessmentNotFound  when there is no such assessment
     * @throws uk.nhs.eia.assessment.AssessmentForbidden when the person may not read it
     */
    public Export of(Long id, String username) {
        AssessmentView assessment = access.readable(id, username);
        return new Export(assessment.getReference(), out -> write(assessment, username, out));
    }

    private void write(AssessmentView assessment, String username, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", README.formatted(assessment.getReference(), HandoverFiles.README.strip()).getBytes(StandardCharsets.UTF_8));
            entry(zip, "assessment.json", json.writeValueAsBytes(record(assessment)));
            entry(zip, "submissions.json", json.writeValueAsBytes(assessments.submissionsOf(assessment.getId()).stream()
                    .map(submission -> ordered("id", submission.getId(), "assessmentVersion", submission.getAssessmentVersion(),
                            "step", submission.getStep(), "formId", submission.getFormId(), "formVersion",
                            submission.getFormVersion(), "submittedBy", submission.getSubmittedBy(), "submittedAt",
                            submission.getSubmittedAt(), "answers", submission.getAnswers()))
                    .toList()));
            entry(zip, "audit-events.json", json.writeValueAsBytes(audit.historyOf(assessment.getId()).stream()
                    .map(ComplianceExports::event).toList()));
            entry(zip, "history.json", json.writeValueAsBytes(histories.of(assessment.getId(), username)));
            for (Publication publication : publications.versionsOf(assessment.getReference())) {
                entry(zip, "published-v%d.pdf".formatted(publication.number()), pdfs.of(publication));
            }
            files.addTo(zip, assessment.getId(), username);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export of " + assessment.getReference(), e);
        }
    }

    /** The record as it stands; what the author answered is named as the forms name it. */
    private static Map<String, Object> record(AssessmentView a) {
        return ordered("id", a.getId(), "reference", a.getReference(), "version", a.getVersion(),
                TITLE.key(), a.getTitle(), "status", a.getStatus().name(), PROPOSAL_TYPE.key(), a.getProposalType(),
                CHANGE_KIND.key(), a.getChangeKind(), DIRECTORATE.key(), a.getDirectorate(), TEAM.key(), a.getTeam(),
                "author", a.getAuthor(), DECISION_MAKER.key(), a.getDecisionMaker(),
                PLANNED_DECISION_DATE.key(), a.getPlannedDecisionDate(), "currentStep", a.getCurrentStep(),
                OUTCOME.key(), a.getOutcome(), REVIEW_DATE.key(), a.getReviewDate(), "createdAt", a.getCreatedAt(),
                "publishedAt", a.getPublishedAt(), "completedAt", a.getCompletedAt(),
                "processInstanceId", a.getProcessInstanceId());
    }

    private static Map<String, Object> event(AuditEvent e) {
        return ordered("id", e.getId(), "chainSeq", e.getChainSeq(), "occurredAt", e.getOccurredAt(), "actor", e.getActor(),
                "type", e.getType(), "assessmentId", e.getAssessmentId(), "subjectType", e.getSubjectType(), "subjectId",
                e.getSubjectId(), "beforeHash", e.getBeforeHash(), "afterHash", e.getAfterHash(), "summary", e.getSummary(),
                "previousHash", e.getPreviousHash(), "hash", e.getHash(), "sealIntact", e.sealIntact());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** The ZIP of one assessment, written as it is read, named after its reference. */
    public record Export(String reference, Writer writer) {

        public void writeTo(OutputStream out) {
            writer.write(out);
        }
    }

    /** Writes an export's entries to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out);
    }
}
