package uk.nhs.eia.quality;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentNotFound;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.training.TrainingRecords;

/** The rubric applied to an assessment as it stands, or as it would stand with the answers on a page now. */
@Service
@Transactional(readOnly = true)
public class QualityReports {

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final QualityRubric rubric;
    private final TrainingRecords training;
    private final List<CitedSources> citedSources;
    private final List<CumulativelyAffected> cumulative;
    private final Clock clock;

    QualityReports(AssessmentService assessments, AssessmentAccess access, QualityRubric rubric, TrainingRecords training,
            List<CitedSources> citedSources, List<CumulativelyAffected> cumulative, Clock clock) {
        this.citedSources = citedSources;
        this.cumulative = cumulative;
        this.assessments = assessments;
        this.access = access;
        this.rubric = rubric;
        this.training = training;
        this.clock = clock;
    }

    /**
     * @throws AssessmentNotFound  when there is no such assessment
     * @throws AssessmentForbidden when the person may not read it
     */
    public QualityReport forReader(Long id, String username) {
        access.readable(id, username);
        return of(id);
    }

    public QualityReport of(Long id) {
        return withAnswers(id, null, Map.of());
    }

    /** As {@link #of}, with {@code answers} in place of what was last submitted with the form {@code formId}. */
    public QualityReport withAnswers(Long id, String formId, Map<String, Object> answers) {
        AssessmentView assessment = assessments.find(id).orElseThrow(() -> new AssessmentNotFound(id));
        Map<String, Map<String, Object>> byForm = new HashMap<>();
        Map<String, LocalDate> submittedOn = new HashMap<>();
        for (SubmittedAnswers submission : assessments.currentAnswersOf(id)) {
            byForm.put(submission.getFormId(), submission.getAnswers());
            submittedOn.put(submission.getFormId(), LocalDate.ofInstant(submission.getSubmittedAt(), ENGLAND));
        }
        if (formId != null) {
            byForm.put(formId, answers);
        }
        boolean reviewed = Choice.QUALITY_REVIEW_ACCEPT.is(answer(byForm, Question.QUALITY_REVIEW_DECISION));
        LocalDate signedOff = Choice.SIGN_OFF_APPROVE.is(answer(byForm, Question.SIGN_OFF_DECISION))
                ? submittedOn.get(Question.SIGN_OFF_DECISION.formId()) : null;
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        List<String> stale = citedSources.stream()
                .flatMap(sources -> sources.staleCitedIn(id, assessment.getVersion(), today).stream()).toList();
        return rubric.evaluate(new RubricInput(byForm, submittedOn, assessment.getProposalType(), assessment.getAuthor(),
                assessment.getDecisionMaker(), assessment.getPlannedDecisionDate(), assessment.getFullAssessmentRequired(),
                reviewed, signedOff, training.statusOf(assessment.getAuthor()).trained(), today, stale,
                cumulative.stream().flatMap(flags -> flags.groupsNearTheThreshold(id, assessment.getDirectorate()).stream())
                        .toList()));
    }

    private static Object answer(Map<String, Map<String, Object>> byForm, Question question) {
        return byForm.getOrDefault(question.formId(), Map.of()).get(question.key());
    }
}
