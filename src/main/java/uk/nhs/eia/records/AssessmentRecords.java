package uk.nhs.eia.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.assessment.AuthorTraining;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.people.People;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.contract.Step;

/** Puts together the record of one assessment for a person who may read it. */
@Service
public class AssessmentRecords {


    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final TaskList tasks;
    private final AuditTrail audit;
    private final FormCatalogue forms;
    private final AssessmentShares shares;
    private final AuthorTraining authorTraining;
    private final TrainingRecords training;
    private final People people;

    AssessmentRecords(AssessmentService assessments, AssessmentAccess access, TaskList tasks, AuditTrail audit,
            FormCatalogue forms, AssessmentShares shares, AuthorTraining authorTraining, TrainingRecords training,
            People people) {
        this.assessments = assessments;
        this.access = access;
        this.tasks = tasks;
        this.audit = audit;
        this.forms = forms;
        this.shares = shares;
        this.authorTraining = authorTraining;
        this.training = training;
        this.people = people;
    }

    /**
     * Refused as {@link AssessmentAccess#readable} refuses.
     */
    @Transactional(readOnly = true)
    public AssessmentRecord of(Long id, String username) {
        AssessmentView assessment = access.readable(id, username);
        List<SubmittedAnswers> submissions = assessments.submissionsOf(id);
        List<OpenTask> open = tasks.openOn(assessment.getProcessInstanceId());
        return new AssessmentRecord(assessment, steps(assessment, submissions, open), submissions,
                assessments.currentAnswersOf(id), comments(submissions), open, assessments.stepRunsOf(id), audit.historyOf(id),
                shares.sharedWith(id), training(assessment, submissions), authorTraining.flagsOf(id));
    }

    /** The equality lead is whoever last reviewed the current version: its quality, or its screening-out. */
    private List<PersonTraining> training(AssessmentView assessment, List<SubmittedAnswers> submissions) {
        String lead = submissions.stream()
                .filter(submission -> submission.getAssessmentVersion() == assessment.getVersion())
                .filter(submission -> submission.getStep().equals(Step.QUALITY_REVIEW.stepName())
                        || submission.getStep().equals(Step.CONFIRM_SCREENING_OUT.stepName()))
                .reduce((first, second) -> second).map(SubmittedAnswers::getSubmittedBy).orElse(null);
        return List.of(personTraining("Author", assessment.getAuthor()), personTraining("Equality lead", lead),
                personTraining("Decision-maker", assessment.getDecisionMaker()));
    }

    private PersonTraining personTraining(String role, String username) {
        return username == null ? new PersonTraining(role, null, null, null)
                : new PersonTraining(role, username, people.nameOf(username), training.statusOf(username));
    }

    private static List<RecordStep> steps(AssessmentView assessment, List<SubmittedAnswers> submissions, List<OpenTask> open) {
        Set<String> done = submissions.stream()
                .filter(submission -> submission.getAssessmentVersion() == assessment.getVersion())
                .map(SubmittedAnswers::getStep).collect(Collectors.toSet());
        Map<String, OpenTask> openByName = open.stream()
                .collect(Collectors.toMap(OpenTask::name, Function.identity(), (first, second) -> first));
        List<RecordStep> steps = new ArrayList<>();
        // A step after the one open now waits for it, even if it was done before the assessment was returned.
        boolean afterOpenStep = false;
        for (Step step : Step.inOrder()) {
            String name = step.stepName();
            OpenTask task = openByName.get(name);
            if (task != null) {
                steps.add(new RecordStep(name, StepState.IN_PROGRESS, task.id()));
                afterOpenStep = true;
            } else if (step.isStartForm() || (done.contains(name) && !afterOpenStep)) {
                steps.add(new RecordStep(name, StepState.COMPLETED, null));
            } else {
                steps.add(new RecordStep(name, notNeeded(assessment, step) ? StepState.NOT_NEEDED : StepState.CANNOT_START_YET, null));
            }
        }
        return steps;
    }

    private static boolean notNeeded(AssessmentView assessment, Step step) {
        Boolean full = assessment.getFullAssessmentRequired();
        AssessmentStatus status = assessment.getStatus();
        boolean ended = status == AssessmentStatus.WITHDRAWN || status == AssessmentStatus.REJECTED;
        if (step == Step.REVIEW) {
            return ended || status == AssessmentStatus.SCREENED_OUT;
        }
        return ended || (Boolean.TRUE.equals(full) && step.path() == Step.Path.SCREENED_OUT)
                || (Boolean.FALSE.equals(full) && step.path() == Step.Path.FULL)
                || status == AssessmentStatus.PUBLISHED || status == AssessmentStatus.SCREENED_OUT;
    }

    private List<RecordComment> comments(List<SubmittedAnswers> submissions) {
        List<RecordComment> comments = new ArrayList<>();
        for (SubmittedAnswers submission : submissions) {
            List<FormComponent> fields = forms.find(submission.getFormId()).map(form -> form.commentFields()).orElse(List.of());
            for (FormComponent field : fields) {
                Optional.ofNullable(submission.getAnswers().get(field.key())).map(Object::toString)
                        .filter(text -> !text.isBlank())
                        .ifPresent(text -> comments.add(new RecordComment(submission.getStep(), field.label(), text,
                                submission.getSubmittedBy(), submission.getSubmittedAt())));
            }
        }
        return comments;
    }
}
