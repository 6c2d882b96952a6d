package uk.nhs.eia.assessment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.confirmScreeningOut;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.review;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import uk.nhs.eia.assessment.ProposalRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** Every path of the equality-impact-assessment process on the real engine, with the record kept in step. */
@EiaSpringBootTest
class EqualityImpactAssessmentProcessTest {

    private static final LocalDate DECISION = LocalDate.now().plusMonths(2);
    private static final LocalDate REVIEW = LocalDate.now().plusYears(1);

    @Autowired
    ProcessEngine engine;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditTrail audit;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void startingAnAssessmentIssuesAReferenceAndAsksTheAuthorToScreen() {
        ProcessInstance instance = start();

        AssessmentView record = recordOf(instance);
        assertThat(record.getReference()).matches("EIA-\\d{4}-\\d{4}");
        assertThat(instance.getBusinessKey()).isEqualTo(record.getReference());
        assertThat(instance).isWaitingAt("Screening").task().isAssignedTo("author");
        assertThat(record.getCurrentStep()).isEqualTo("Screening");
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void aDecisionMakerWhoIsTheAuthorIsRefusedAndNothingIsStarted() {
        long before = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> driver.start("author", proposal("Self-approved policy", "policy", "new", "operations", "author", DECISION)))
                .isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("decision-maker must be someone other than the author");

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aDecisionMakerWhoCannotSignOffIsRefused() {
        assertThatThrownBy(() -> driver.start("author", proposal("Policy", "policy", "new", "operations", "author2", DECISION)))
                .isInstanceOf(ProposalRefused.class)
                .hasMessageContaining("\"author2\" is not an approver");
    }

    @Test
    void aLowRiskProposalIsScreenedOutOnceTheEqualityLeadAgrees() {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(false));

        assertThat(instance).isWaitingAt("ConfirmScreeningOut").task().hasCandidateGroup("equality-leads");
        assertThat(recordOf(instance).getScreeningReason()).contains("no full assessment is needed");

        driver.complete(instance, "lead", confirmScreeningOut(true, REVIEW));

        assertThat(instance).isEnded().hasPassed("RecordScreeningOut", "ScreenedOut");
        AssessmentView record = recordOf(instance);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.SCREENED_OUT);
        assertThat(record.getReviewDate()).isEqualTo(REVIEW);
        assertThat(historyTypes(instance)).contains("SCREENING_DECIDED", "SCREENED_OUT");
    }

    @Test
    void aScreeningOutTheLeadDisagreesWithGoesBackToTheAuthor() {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(false));
        driver.complete(instance, "lead", confirmScreeningOut(false, null));

        assertThat(instance).isWaitingAt("Screening").task().isAssignedTo("author");

        driver.complete(instance, "author", screening(true));
        assertThat(instance).isWaitingAt("EvidenceAndEngagement");
    }

    @Test
    void aBudgetProposalAlwaysNeedsAFullAssessmentWhateverTheRiskScore() {
        ProcessInstance instance = driver.start("author",
                proposal("Savings in interpreting", "budget-savings", "new", "operations", "approver", DECISION));
        driver.complete(instance, "author", screening(false));

        assertThat(instance).isWaitingAt("EvidenceAndEngagement");
        assertThat(recordOf(instance).getScreeningReason()).startsWith("Budget and savings proposals");
    }

    @Test
    void aFullAssessmentGoesThroughQualityReviewAndSignOffToPublication() {
        ProcessInstance instance = startAndCompleteAuthorSteps();
        assertThat(instance).isWaitingAt("QualityReview").task().hasCandidateGroup("equality-leads");

        driver.complete(instance, "lead", qualityReview("accept", null));
        assertThat(instance).isWaitingAt("SignOff").task().isAssignedTo("approver");

        driver.complete(instance, "approver", signOff("approve", null));

        assertThat(instance).hasPassed("Publish").isWaitingAt("ReviewDateReached");
        AssessmentView record = recordOf(instance);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(record.getReviewDate()).isEqualTo(REVIEW);
        assertThat(record.getPublishedAt()).isNotNull();
        assertThat(historyTypes(instance)).contains("ASSESSMENT_STARTED", "STEP_COMPLETED", "PUBLISHED");
    }

    @ParameterizedTest
    @CsvSource({"evidence, EvidenceAndEngagement", "impact, ImpactAssessment", "action-plan, ActionPlanAndOutcome"})
    void qualityReviewReturnsTheAssessmentToTheStepThatNeedsWork(String returnTo, String step) {
        ProcessInstance instance = startAndCompleteAuthorSteps();

        driver.complete(instance, "lead", qualityReview("return", returnTo));

        assertThat(instance).isWaitingAt(step).task().isAssignedTo("author");
    }

    @Test
    void signOffCanReturnTheAssessmentAndItComesBackThroughQualityReview() {
        ProcessInstance instance = startAndReachSignOff();

        driver.complete(instance, "approver", signOff("return", "impact"));
        assertThat(instance).isWaitingAt("ImpactAssessment").task().isAssignedTo("author");

        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(REVIEW));
        assertThat(instance).isWaitingAt("QualityReview");
    }

    @Test
    void aRejectedProposalEndsAndIsKeptAsRejected() {
        ProcessInstance instance = startAndReachSignOff();

        driver.complete(instance, "approver", signOff("reject", null));

        assertThat(instance).isEnded().hasPassed("RecordRejection", "Rejected");
        assertThat(recordOf(instance).getStatus()).isEqualTo(AssessmentStatus.REJECTED);
    }

    @Test
    void aProposalCanBeWithdrawnBeforePublicationAndTheRecordIsKept() {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(true));

        driver.withdraw(instance, "The proposal was dropped by the board");

        assertThat(instance).isEnded().hasPassed("RecordWithdrawal", "Withdrawn");
        AssessmentView record = recordOf(instance);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(audit.historyOf(record.getId())).extracting(AuditEvent::getSummary)
                .contains("Withdrawn: The proposal was dropped by the board");
    }

    @Test
    void aPublishedAssessmentCannotBeWithdrawn() {
        ProcessInstance instance = startAndPublish();

        assertThatThrownBy(() -> driver.withdraw(instance, "Too late"))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(recordOf(instance).getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
    }

    @Test
    void theReviewDateStartsAReviewWhichCanConfirmTheAssessmentWithANewDate() {
        ProcessInstance instance = startAndPublish();
        Job reviewTimer = driver.timer(instance, "ReviewDateReached");
        assertThat(reviewTimer.getDuedate()).isEqualTo(Date.from(REVIEW.atStartOfDay(ZoneId.of("Europe/London")).toInstant()));

        driver.fire(reviewTimer);
        assertThat(instance).isWaitingAt("Review").task().isAssignedTo("author");
        assertThat(recordOf(instance).getStatus()).isEqualTo(AssessmentStatus.REVIEW_DUE);

        LocalDate nextReview = REVIEW.plusYears(1);
        driver.complete(instance, "author", review("confirm", nextReview));

        assertThat(instance).hasPassed("ScheduleNextReview").isWaitingAt("ReviewDateReached");
        assertThat(recordOf(instance).getReviewDate()).isEqualTo(nextReview);
        assertThat(recordOf(instance).getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
    }

    @Test
    void aReviewCanReassessTheProposalAsANewVersionOfTheSameRecord() {
        ProcessInstance instance = startAndPublish();
        AssessmentView first = recordOf(instance);
        driver.fire(driver.timer(instance, "ReviewDateReached"));

        driver.complete(instance, "author", review("reassess", null));

        assertThat(instance).hasPassed("StartNewVersion").isWaitingAt("Screening");
        AssessmentView record = recordOf(instance);
        assertThat(record.getId()).isEqualTo(first.getId());
        assertThat(record.getReference()).isEqualTo(first.getReference());
        assertThat(record.getVersion()).isEqualTo(2);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void anOverdueStepGetsAReminderOnTheRecordAndStaysOpen() {
        ProcessInstance instance = start();
        Job reminder = driver.timer(instance, "Screening_Reminder");
        LocalDate due = LocalDate.ofInstant(reminder.getDuedate().toInstant(), ZoneId.of("Europe/London"));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(due).isAfterOrEqualTo(LocalDate.now().plusDays(14));

        driver.fire(reminder);

        assertThat(instance).isWaitingAt("Screening");
        assertThat(audit.historyOf(recordOf(instance).getId())).extracting(AuditEvent::getSummary)
                .contains("Reminder: Screening is overdue");
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Community phlebotomy service redesign", "service-change", "review",
                "operations", "approver", DECISION));
    }

    private ProcessInstance startAndCompleteAuthorSteps() {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(REVIEW));
        return instance;
    }

    private ProcessInstance startAndReachSignOff() {
        ProcessInstance instance = startAndCompleteAuthorSteps();
        driver.complete(instance, "lead", qualityReview("accept", null));
        return instance;
    }

    private ProcessInstance startAndPublish() {
        ProcessInstance instance = startAndReachSignOff();
        driver.complete(instance, "approver", signOff("approve", null));
        return instance;
    }

    private AssessmentView recordOf(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0);
    }

    private List<String> historyTypes(ProcessInstance instance) {
        return audit.historyOf(recordOf(instance).getId()).stream().map(AuditEvent::getType).toList();
    }
}
