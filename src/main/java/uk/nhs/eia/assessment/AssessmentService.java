package uk.nhs.eia.assessment;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.roles.Groups;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.Person;
import uk.nhs.eia.training.TrainingStatus;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.refusal.FieldError;

/**
 * Keeps the assessment record in step with the process. Every change writes its audit event in the same
 * transaction as the engine's own step.
 */
@Service
@Transactional
public class AssessmentService {

    static final int MAX_WITHDRAWAL_REASON = 1000;

    private final Assessments assessments;
    private final StepSubmissions submissions;
    private final ReportRows reportRows;
    private final StepRuns stepRuns;
    private final AuditTrail audit;
    private final People people;
    private final SeparationOfDuties duties;
    private final AuthorTraining training;
    private final AssessmentShares shares;
    private final ChoosablePeople choosable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(Assessments assessments, StepSubmissions submissions, ReportRows reportRows, StepRuns stepRuns,
            AuditTrail audit, People people, SeparationOfDuties duties, AuthorTraining training, AssessmentShares shares,
            ChoosablePeople choosable, ApplicationEventPublisher events, Clock clock) {
        this.shares = shares;
        this.choosable = choosable;
        this.assessments = assessments;
        this.submissions = submissions;
        this.reportRows = reportRows;
        this.stepRuns = stepRuns;
        this.audit = audit;
        this.people = people;
        this.duties = duties;
        this.training = training;
        this.events = events;
        this.clock = clock;
    }

    public AssessmentView register(ProposalDetails proposal, String processInstanceId, FormSubmission details) {
        duties.checkMayStart(proposal.author());
        TrainingStatus authorTraining = training.checkStart(proposal.author());
        checkDecisionMaker(proposal);
        if (proposal.plannedDecisionDate() != null && !proposal.plannedDecisionDate().isAfter(today())) {
            throw new ProposalRefused(Question.PLANNED_DECISION_DATE,
                    "The planned decision date must be in the future, because the assessment must be finished before the decision is made");
        }
        Assessment assessment = assessments.saveAndFlush(new Assessment(proposal, processInstanceId, now()));
        assessment.issueReference(today().getYear());
        assessment.authorTrained(authorTraining.trained());
        audit(assessment.getId(), "ASSESSMENT_STARTED",
                "%s started the assessment of \"%s\"".formatted(proposal.author(), proposal.title()));
        training.started(assessment, authorTraining);
        keep(assessment, Step.PROPOSAL_DETAILS.stepName(), details, proposal.author());
        return assessment;
    }

    /** Records that a step opened, identified by its key in the process model, and when it is due. */
    public void stepStarted(Long id, String stepKey, String step, Instant dueAt) {
        Assessment assessment = get(id);
        assessment.stepStarted(step, now());
        stepRuns.started(assessment, stepKey, step, dueAt, now());
        audit(id, "STEP_STARTED", step + " started");
    }

    /**
     * Records a finished step and keeps its accepted answers as an unchangeable snapshot; {@code returned} when the
     * reviewer handed the work back rather than accepting it.
     */
    public void stepCompleted(Long id, String stepKey, String step, FormSubmission answers, String completedBy,
            boolean returned) {
        Assessment assessment = get(id);
        keep(assessment, step, answers, completedBy);
        stepRuns.ended(id, stepKey, returned ? StepRuns.Outcome.RETURNED : StepRuns.Outcome.COMPLETED, now());
        audit(id, "STEP_COMPLETED", step + (returned ? " returned" : " completed"));
        events.publishEvent(new StepAccepted(id, assessment.getVersion(), step, completedBy));
    }

    /** The answers last accepted with this form in the assessment's current version, to open a returned step with. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> lastAnswers(Long id, String formId) {
        int version = get(id).getVersion();
        return submissions.lastOfForm(id, version, formId)
                .map(StepSubmission::getAnswers);
    }

    /** Each time a step of the assessment was open, oldest first. */
    @Transactional(readOnly = true)
    public List<StepRun> stepRunsOf(Long id) {
        return stepRuns.of(id);
    }

    @Transactional(readOnly = true)
    public List<SubmittedAnswers> submissionsOf(Long id) {
        return List.copyOf(submissions.allOf(id));
    }

    /** What the current version says now: the last answers submitted at each step, in the order steps were done. */
    @Transactional(readOnly = true)
    public List<SubmittedAnswers> currentAnswersOf(Long id) {
        int version = get(id).getVersion();
        List<StepSubmission> current = submissions.allOf(id).stream()
                .filter(submission -> submission.getAssessmentVersion() == version).toList();
        Map<String, StepSubmission> lastByStep = new LinkedHashMap<>();
        current.forEach(submission -> {
            lastByStep.remove(submission.getStep());
            lastByStep.put(submission.getStep(), submission);
        });
        return List.copyOf(lastByStep.values());
    }

    private void keep(Assessment assessment, String step, FormSubmission answers, String by) {
        if (answers != null) {
            Object outcome = answers.answers().get(Question.OUTCOME.key());
            if (Question.OUTCOME.formId().equals(answers.formId()) && outcome != null) {
                assessment.outcomeChosen(outcome.toString(), now());
            }
            StepSubmission kept = submissions.save(new StepSubmission(assessment, step, answers.formId(),
                    answers.formVersion(), answers.answers(), by, now()));
            reportRows.writeFrom(kept);
            audit.record(new AuditSubject("submission", kept.getId().toString(), assessment.getId(), kept.answersJson()),
                    "SUBMISSION_KEPT", "%s: answers to %s version %d kept".formatted(step, answers.formId(), answers.formVersion()));
        }
    }

    public void reminderDue(Long id, String stepKey, String step) {
        Assessment assessment = get(id);
        audit(id, "REMINDER", "Reminder: " + step + " is overdue");
        events.publishEvent(new StepOverdue(id, assessment.getReference(), assessment.getProcessInstanceId(), stepKey, step));
    }

    /** A step still open well after its due date: it goes back to its team and the equality leads are told. */
    /** However a step is given to someone (claimed, assigned, delegated, handed back), the record says so. */
    public void stepAssigned(Long id, String taskId, String step, String assignee) {
        audit.record(new AuditSubject("task", taskId, id, "assignee=" + assignee), "TASK_ASSIGNED",
                assignee == null ? step + " put back in the team's tasks" : step + " given to " + assignee);
    }

    public void escalationDue(Long id, String stepKey, String step) {
        Assessment assessment = get(id);
        audit(id, "ESCALATED", "Escalated: " + step + " is still overdue");
        events.publishEvent(new StepEscalated(id, assessment.getReference(), assessment.getProcessInstanceId(), stepKey, step));
    }

    public void screeningDecided(Long id, boolean fullAssessment, String reason) {
        get(id).screeningDecided(fullAssessment, reason, now());
        audit(id, "SCREENING_DECIDED",
                (fullAssessment ? "A full assessment is needed. " : "No full assessment is needed. ") + reason);
    }

    public void screenedOut(Long id, LocalDate reviewDate) {
        Assessment assessment = get(id);
        assessment.close(AssessmentStatus.SCREENED_OUT, now());
        assessment.scheduleReviewDate(reviewDate);
        audit(id, "SCREENED_OUT", "Screened out with the equality lead's agreement"
                + (reviewDate == null ? "" : "; review by " + reviewDate));
    }

    public void rejected(Long id) {
        get(id).close(AssessmentStatus.REJECTED, now());
        audit(id, "REJECTED", "The decision-maker rejected the proposal");
    }

    /**
     * The assessment, when the person may withdraw it now.
     *
     * @throws AssessmentNotFound  when there is no such assessment
     * @throws AssessmentForbidden when the person is not its author
     * @throws AssessmentConflict  when it is no longer in progress
     */
    @Transactional(readOnly = true)
    public AssessmentView withdrawable(Long id, String username) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (!assessment.getAuthor().equals(username)) {
            throw new AssessmentForbidden("Only the author of an assessment can withdraw it");
        }
        if (assessment.getStatus() != AssessmentStatus.IN_PROGRESS) {
            throw new AssessmentConflict("Only an assessment in progress can be withdrawn; %s is %s"
                    .formatted(assessment.getReference(), assessment.getStatus().label().toLowerCase()));
        }
        return assessment;
    }

    /**
     * Checks a withdrawal before the process is told: as {@link #withdrawable}, with a reason of a length the
     * record keeps.
     *
     * @throws AssessmentRefused when the reason is missing or too long
     */
    @Transactional(readOnly = true)
    public AssessmentView checkWithdrawal(Long id, String username, String reason) {
        AssessmentView assessment = withdrawable(id, username);
        if (reason == null || reason.isBlank()) {
            throw new AssessmentRefused(List.of(new FieldError("reason", "Enter the reason for withdrawing the assessment")));
        }
        if (reason.length() > MAX_WITHDRAWAL_REASON) {
            throw new AssessmentRefused(List.of(new FieldError("reason",
                    "The reason for withdrawing must be %d characters or fewer".formatted(MAX_WITHDRAWAL_REASON))));
        }
        return assessment;
    }

    /** Whether an assessment with this reference is in the register already, imported or not. */
    @Transactional(readOnly = true)
    public boolean referenceTaken(String reference) {
        return assessments.existsByReference(reference);
    }

    /**
     * Adds an assessment made before this service to the register, as published, in the review cycle that
     * {@code joinReviewCycle} starts for it and names; the audit trail says by whom.
     */
    public AssessmentView importHistoric(HistoricAssessment historic, String importedBy,
            Function<AssessmentView, String> joinReviewCycle) {
        Assessment assessment = assessments.saveAndFlush(Assessment.imported(historic, now()));
        assessment.joinProcess(joinReviewCycle.apply(assessment));
        audit(assessment.getId(), "ASSESSMENT_IMPORTED", "%s imported %s, \"%s\", decided on %s, from the earlier records"
                .formatted(importedBy, historic.reference(), historic.title(), historic.decisionDate()));
        return assessment;
    }

    /**
     * Checks a handover before the process is told: the author, or an eia-admin when the author has gone, hands an
     * assessment that is not closed to another EIA author, who is not its decision-maker, giving the reason.
     *
     * @throws AssessmentForbidden when the person is neither its author nor an eia-admin
     * @throws AssessmentConflict  when the assessment is closed (withdrawn or rejected)
     * @throws AssessmentRefused   naming {@code username} or {@code reason}
     */
    @Transactional(readOnly = true)
    public AssessmentView checkHandover(Long id, String username, String newAuthor, String reason) {
        AssessmentView assessment = handoverAllowed(id, username);
        String to = newAuthor == null ? "" : newAuthor.strip();
        List<FieldError> errors = new ArrayList<>();
        choosable.refusedAsNewAuthor(assessment, to).ifPresent(refusal -> errors.add(new FieldError("username", refusal)));
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Enter why the assessment is being handed over"));
        } else if (reason.length() > MAX_WITHDRAWAL_REASON) {
            errors.add(new FieldError("reason", "The reason must be %d characters or fewer".formatted(MAX_WITHDRAWAL_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new AssessmentRefused(errors);
        }
        return assessment;
    }

    /**
     * @throws AssessmentForbidden when the person is neither its author nor an eia-admin
     * @throws AssessmentConflict  when the assessment is closed (withdrawn or rejected)
     */
    @Transactional(readOnly = true)
    public AssessmentView handoverAllowed(Long id, String username) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (!handsOver(assessment, username)) {
            throw new AssessmentForbidden("Only the author of an assessment, or an eia-admin, can hand it over");
        }
        if (closed(assessment)) {
            throw new AssessmentConflict("%s is %s, so there is nothing to hand over"
                    .formatted(assessment.getReference(), assessment.getStatus().label().toLowerCase()));
        }
        return assessment;
    }

    /** Whether the person may hand this assessment over now, for a page to offer it. */
    public boolean mayHandOver(AssessmentView assessment, String username) {
        return handsOver(assessment, username) && !closed(assessment);
    }

    private boolean handsOver(AssessmentView assessment, String username) {
        return assessment.getAuthor().equals(username) || people.groupsOf(username).contains(Groups.ADMINS);
    }

    private static boolean closed(AssessmentView assessment) {
        return assessment.getStatus() == AssessmentStatus.WITHDRAWN || assessment.getStatus() == AssessmentStatus.REJECTED;
    }

    /** The record's side of a handover: its new author, a co-author no longer, and the audit trail's account. */
    public void handedOver(Long id, String to, String reason, String by) {
        Assessment assessment = get(id);
        String from = assessment.getAuthor();
        assessment.handOverTo(to, now());
        shares.becameAuthor(id, to);
        audit(id, "AUTHOR_CHANGED", "%s handed the assessment over from %s to %s: %s".formatted(by, from, to, reason.strip()));
        events.publishEvent(new AuthorChanged(id, assessment.getProcessInstanceId(), from, to));
    }

    public void withdrawn(Long id, String reason) {
        get(id).close(AssessmentStatus.WITHDRAWN, now());
        stepRuns.allEnded(id, now());
        audit(id, "WITHDRAWN", "Withdrawn" + (reason == null || reason.isBlank() ? "" : ": " + reason));
    }

    public void published(Long id, LocalDate reviewDate) {
        get(id).publish(reviewDate, now());
        audit(id, "PUBLISHED", "Published; review due on " + reviewDate);
        events.publishEvent(new AssessmentPublished(id));
    }

    public void reviewConfirmed(Long id, LocalDate nextReviewDate) {
        get(id).scheduleReview(nextReviewDate, now());
        audit(id, "REVIEW_CONFIRMED", "Review confirmed the assessment; next review due on " + nextReviewDate);
        events.publishEvent(new AssessmentPublished(id));
    }

    public void newVersionStarted(Long id) {
        Assessment assessment = get(id);
        assessment.startNewVersion(now());
        audit(id, "NEW_VERSION", "Reassessment started as version " + assessment.getVersion());
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> find(Long id) {
        return assessments.findById(id).map(AssessmentView.class::cast);
    }

    @Transactional(readOnly = true)
    public List<AssessmentView> recentByAuthor(String author, int limit) {
        return List.copyOf(assessments.findByAuthorOrderByUpdatedAtDesc(author, PageRequest.of(0, limit)));
    }

    @Transactional(readOnly = true)
    /** The assessments with these ids, in one query, in no particular order. */
    public List<AssessmentView> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : List.copyOf(assessments.findByIdIn(ids));
    }

    public List<AssessmentView> byProcessInstances(List<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? List.of() : List.copyOf(assessments.findByProcessInstanceIdIn(processInstanceIds));
    }

    private void checkDecisionMaker(ProposalDetails proposal) {
        choosable.refusedAsDecisionMaker(proposal.author(), proposal.decisionMaker()).ifPresent(refusal -> {
            throw new ProposalRefused(Question.DECISION_MAKER, refusal);
        });
    }

    /**
     * Whom this author may name as the decision-maker, those working in the directorate first.
     *
     * @throws DutiesNotSeparated when the person is not an EIA author, who alone start assessments
     */
    @Transactional(readOnly = true)
    public List<Person> choosableDecisionMakers(String author, String directorate, String typed) {
        duties.checkMayStart(author);
        return choosable.decisionMakers(author, directorate, typed);
    }

    /**
     * Whom the person may hand this assessment over to.
     *
     * @throws AssessmentForbidden when the person is neither its author nor an eia-admin
     * @throws AssessmentConflict  when the assessment is closed
     */
    @Transactional(readOnly = true)
    public List<Person> choosableNewAuthors(Long id, String username, String typed) {
        return choosable.newAuthors(handoverAllowed(id, username), typed);
    }

    /**
     * Writes the event with the assessment's state after the change, in the change's transaction. Every change to the
     * record passes here, so this is also where reports hear of it.
     */
    private void audit(Long id, String type, String summary) {
        audit.record(AuditSubject.assessment(id, get(id).auditState()), type, summary);
        events.publishEvent(new AssessmentChanged(id));
    }

    private Assessment get(Long id) {
        return assessments.findById(id).orElseThrow(() -> new IllegalStateException("No assessment with id " + id));
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ENGLAND);
    }
}
