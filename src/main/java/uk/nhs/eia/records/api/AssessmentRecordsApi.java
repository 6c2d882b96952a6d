package uk.nhs.eia.records.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentRegister;
import uk.nhs.eia.assessment.RegisterQuery;
import uk.nhs.eia.assessment.StepRun;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.assessment.AssessmentSummary;
import uk.nhs.eia.assessment.AuthorTraining.TrainingFlag;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.records.AnswerChange;
import uk.nhs.eia.records.AssessmentHistories;
import uk.nhs.eia.records.AssessmentHistory;
import uk.nhs.eia.records.AssessmentRecord;
import uk.nhs.eia.records.PersonTraining;
import uk.nhs.eia.records.ComplianceExports;
import uk.nhs.eia.records.AssessmentRecords;
import uk.nhs.eia.records.RecordComment;
import uk.nhs.eia.tasks.OpenTask;

/** The register and the records, for clients of the JSON API; each person sees what the pages show them. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentRecordsApi {

    private final AssessmentRegister register;
    private final AssessmentAccess access;
    private final AssessmentRecords records;
    private final AssessmentHistories histories;
    private final ComplianceExports exports;

    AssessmentRecordsApi(AssessmentRegister register, AssessmentAccess access, AssessmentRecords records,
            AssessmentHistories histories, ComplianceExports exports) {
        this.register = register;
        this.access = access;
        this.records = records;
        this.histories = histories;
        this.exports = exports;
    }

    @Operation(summary = "The full history of an assessment", description = "Every event, the record's audit trail "
            + "(source \"record\") and the engine's history of the process (\"engine\"), oldest first; and each step's "
            + "submitted versions. 403 when it is not yours to read; 404 when there is none.")
    @GetMapping("/{id}/history")
    AssessmentHistory history(@PathVariable Long id, Principal person) {
        return histories.of(id, person.getName());
    }

    @Operation(summary = "Everything kept about an assessment, as a ZIP", description = "The record, every submission, "
            + "every audit event with its place in the hash chain and whether its seal holds, the full history, and the "
            + "PDF of each published version, every evidence file in a folder per step and version with a manifest and "
            + "SHA256SUMS, and a README on how to check the hashes. 403 when it is not yours to read.")
    @GetMapping("/{id}/export.zip")
    void exportZip(@PathVariable Long id, Principal person, HttpServletResponse response) throws IOException {
        ComplianceExports.Export export = exports.of(id, person.getName());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.reference() + ".zip").build().toString());
        export.writeTo(response.getOutputStream());
    }

    @Operation(summary = "What changed between two versions of a step", description = "from and to are submission ids "
            + "from the history's versions of the same step; each change names the field, its label, the answer before "
            + "and after, and whether it was added, removed or changed. 422 naming from or to when they cannot be compared.")
    @GetMapping("/{id}/history/diff")
    List<AnswerChange> diff(@PathVariable Long id, @RequestParam Long from, @RequestParam Long to, Principal person) {
        return histories.diff(id, from, to, person.getName());
    }

    @Operation(summary = "Search the assessments you may read", description = "Compliance reads all; equality leads "
            + "and approvers those of their directorates; everyone their own. Filters are optional; 422 names any "
            + "that cannot be used. status: IN_PROGRESS, SCREENED_OUT, REJECTED, WITHDRAWN, PUBLISHED, REVIEW_DUE; "
            + "review: due (within 30 days) or overdue; sort: updated, reference, title, status, review-date.")
    @GetMapping
    SummaryPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String directorate, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String type, @RequestParam(required = false) String review,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Principal person) {
        RegisterQuery query = RegisterQuery.of(q, status, directorate, outcome, type, review, sort, order, page, size);
        return SummaryPage.of(register.search(access.readerFor(person.getName()), query));
    }

    @Operation(summary = "The record of one assessment", description = "Its steps, every submission, reviewers' "
            + "comments, the tasks open now, each time a step was open (stepRuns), the timeline, the EIA training of the "
            + "author, equality lead and decision-maker today (training), whether the author's training was current when "
            + "they started it (authorTrained), and each time someone without current training started it or submitted a "
            + "step (trainingFlags). 403 when it is not yours to read; 404 when there is none.")
    @GetMapping("/{id}")
    RecordView record(@PathVariable Long id, Principal person) {
        return RecordView.of(records.of(id, person.getName()));
    }

    record SummaryPage(List<AssessmentSummary> content, int page, int size, long totalElements, int totalPages) {
        static SummaryPage of(Page<AssessmentView> page) {
            return new SummaryPage(page.getContent().stream().map(AssessmentSummary::of).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    record RecordView(Long id, String reference, int version, String title, String status, String currentStep,
            String proposalType, String changeKind, String directorate, String team, String author,
            String decisionMaker, LocalDate plannedDecisionDate, Boolean fullAssessmentRequired,
            String screeningReason, String outcome, LocalDate reviewDate, Instant createdAt, Instant updatedAt,
            Instant publishedAt, String processInstanceId, List<Step> steps, List<Submission> submissions,
            List<RecordComment> comments, List<OpenTask> currentTasks, List<StepRun> stepRuns, List<Event> timeline,
            List<String> coAuthors, Boolean authorTrained, List<PersonTraining> training, List<TrainingFlag> trainingFlags) {

        static RecordView of(AssessmentRecord record) {
            AssessmentView a = record.assessment();
            return new RecordView(a.getId(), a.getReference(), a.getVersion(), a.getTitle(), a.getStatus().name(),
                    a.getCurrentStep(), a.getProposalType(), a.getChangeKind(), a.getDirectorate(), a.getTeam(),
                    a.getAuthor(), a.getDecisionMaker(), a.getPlannedDecisionDate(), a.getFullAssessmentRequired(),
                    a.getScreeningReason(), a.getOutcome(), a.getReviewDate(), a.getCreatedAt(), a.getUpdatedAt(),
                    a.getPublishedAt(), a.getProcessInstanceId(),
                    record.steps().stream().map(step -> new Step(step.name(), step.state().name(), step.taskId())).toList(),
                    record.submissions().stream().map(Submission::of).toList(), record.comments(),
                    record.currentTasks(), record.stepRuns(), record.timeline().stream().map(Event::of).toList(),
                    record.coAuthors(), a.getAuthorTrained(), record.training(), record.trainingFlags());
        }
    }

    record Step(String name, String state, String taskId) {
    }

    record Submission(Long id, int version, String step, String formId, int formVersion, Map<String, Object> answers,
            String submittedBy, Instant submittedAt) {
        static Submission of(SubmittedAnswers s) {
            return new Submission(s.getId(), s.getAssessmentVersion(), s.getStep(), s.getFormId(), s.getFormVersion(),
                    s.getAnswers(), s.getSubmittedBy(), s.getSubmittedAt());
        }
    }

    record Event(Instant at, String actor, String type, String summary) {
        static Event of(AuditEvent event) {
            return new Event(event.getOccurredAt(), event.getActor(), event.getType(), event.getSummary());
        }
    }
}
