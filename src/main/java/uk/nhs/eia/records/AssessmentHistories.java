package uk.nhs.eia.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.Labels;
import uk.nhs.eia.records.AssessmentHistory.StepVersions;
import uk.nhs.eia.records.AssessmentHistory.Version;

/** The full history of an assessment, and the differences between two submissions of a step, for those who may read it. */
@Service
@Transactional(readOnly = true)
public class AssessmentHistories {

    private final AssessmentAccess access;
    private final AssessmentService assessments;
    private final AuditTrail audit;
    private final ProcessHistory process;
    private final FormCatalogue forms;
    private final Labels labels;

    AssessmentHistories(AssessmentAccess access, AssessmentService assessments, AuditTrail audit, ProcessHistory process,
            FormCatalogue forms, Labels labels) {
        this.access = access;
        this.assessments = assessments;
        this.audit = audit;
        this.process = process;
        this.forms = forms;
        this.labels = labels;
    }

    /**
     * @throws uk.nhs.eia.assessment.AssessmentNotFound  when there is no such assessment
     * @throws uk.nhs.eia.assessment.AssessmentForbidden when the person may not read it
     */
    public AssessmentHistory of(Long id, String username) {
        AssessmentView assessment = access.readable(id, username);
        List<HistoryEntry> events = new ArrayList<>();
        audit.historyOf(id).forEach(event -> events.add(
                new HistoryEntry(event.getOccurredAt(), event.getActor(), event.getType(), event.getSummary(), "record")));
        events.addAll(process.of(assessment.getProcessInstanceId()));
        events.sort(Comparator.comparing(HistoryEntry::at));
        Map<String, StepVersions> steps = new LinkedHashMap<>();
        for (SubmittedAnswers submission : assessments.submissionsOf(id)) {
            steps.computeIfAbsent(submission.getStep(), step -> new StepVersions(step, submission.getFormId(), new ArrayList<>()))
                    .versions().add(new Version(submission.getId(), submission.getAssessmentVersion(),
                            submission.getFormVersion(), submission.getSubmittedBy(), submission.getSubmittedAt()));
        }
        return new AssessmentHistory(id, assessment.getReference(), events, List.copyOf(steps.values()));
    }

    /**
     * What changed from one submission of a step to another, labelled as the step's form labels its fields.
     *
     * @throws AssessmentRefused naming {@code from} or {@code to} when it is not a submission of this assessment, or
     *                           when the two are not of the same step
     */
    public List<AnswerChange> diff(Long id, Long from, Long to, String username) {
        access.readable(id, username);
        List<SubmittedAnswers> submissions = assessments.submissionsOf(id);
        SubmittedAnswers before = submission(submissions, from, "from");
        SubmittedAnswers after = submission(submissions, to, "to");
        if (!before.getStep().equals(after.getStep())) {
            throw new AssessmentRefused(List.of(new FieldError("to",
                    "Choose two versions of the same step; %s and %s are different steps".formatted(before.getStep(), after.getStep()))));
        }
        return forms.find(after.getFormId())
                .map(form -> new AnswerDiff(form, labels).between(before.getAnswers(), after.getAnswers()))
                .orElseThrow(() -> new IllegalStateException("No form " + after.getFormId()));
    }

    private static SubmittedAnswers submission(List<SubmittedAnswers> submissions, Long id, String parameter) {
        return submissions.stream().filter(submission -> submission.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssessmentRefused(List.of(new FieldError(parameter,
                        "Choose a submitted version of a step of this assessment"))));
    }
}
