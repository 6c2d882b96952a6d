package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.reporting.Summary.Count;

/**
 * The roll-up kept by the service itself: an assessment walked through the real engine step by step, each step
 * committed as people commit them, and a step that fails. What the roll-up gains is compared with what the rows
 * gain, so figures other tests left in the shared database do not matter.
 */
@EiaSpringBootTest
class RollupUpkeepTest {

    private static final ReportScope EVERYTHING = new ReportScope(true, List.of());
    private static final ReportFilter PROCUREMENT_IN_OPERATIONS = new ReportFilter("operations", "procurement", null, null);

    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RolledUpCounts rolledUp;
    @Autowired
    RegisterRows rows;
    @Autowired
    CompletionReports reports;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void eachStepShowsOnTheDashboardAsSoonAsItCommits() {
        Tallies rolledUpBefore = rolledUp.of(EVERYTHING, PROCUREMENT_IN_OPERATIONS);
        Tallies rowsBefore = fromRows();
        Summary before = summary();
        LocalDate review = LocalDate.now().plusYears(1);

        ProcessInstance instance = driver.start("author", proposal("Catering contract", "procurement", "new", "operations",
                "approver", LocalDate.now().plusMonths(3)));
        assertThat(atStep(summary(), Step.SCREENING) - atStep(before, Step.SCREENING)).isOne();
        List<Map<String, Object>> steps = List.of(screening(true), evidenceAndEngagement(), impactAssessment(),
                actionPlanAndOutcome(review));
        for (Map<String, Object> answers : steps) {
            driver.complete(instance, "author", answers);
            assertRollUpGainedWhatTheRowsGained(rolledUpBefore, rowsBefore);
        }
        driver.complete(instance, "lead", qualityReview("return", "action-plan"));
        assertRollUpGainedWhatTheRowsGained(rolledUpBefore, rowsBefore);
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));
        assertRollUpGainedWhatTheRowsGained(rolledUpBefore, rowsBefore);

        Summary after = summary();
        assertThat(published(after) - published(before)).isOne();
        assertThat(after.qualityReviewReturns().returned() - before.qualityReviewReturns().returned()).isOne();
        assertThat(after.qualityReviewReturns().reviews() - before.qualityReviewReturns().reviews()).isEqualTo(2);
    }

    @Test
    void aStepThatFailsLeavesTheDashboardAsItWas() {
        ProcessInstance instance = driver.start("author", proposal("Laundry contract", "procurement", "new", "operations",
                "approver", LocalDate.now().plusMonths(3)));
        Long id = ((Number) driver.assessmentId(instance)).longValue();
        Tallies rolledUpBefore = rolledUp.of(EVERYTHING, PROCUREMENT_IN_OPERATIONS);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            assessments.withdrawn(id, "Changed our minds");
            throw new IllegalStateException("The step failed after the record changed");
        })).hasMessage("The step failed after the record changed");

        assertThat(rolledUp.of(EVERYTHING, PROCUREMENT_IN_OPERATIONS)).isEqualTo(rolledUpBefore);
        assertThat(assessments.find(id).orElseThrow().getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    private void assertRollUpGainedWhatTheRowsGained(Tallies rolledUpBefore, Tallies rowsBefore) {
        assertThat(rolledUp.of(EVERYTHING, PROCUREMENT_IN_OPERATIONS).since(rolledUpBefore))
                .isEqualTo(fromRows().since(rowsBefore));
    }

    private Tallies fromRows() {
        Tallies tallies = Tallies.none();
        rows.counted(Selection.of(EVERYTHING, PROCUREMENT_IN_OPERATIONS)).forEach(counted -> tallies.addAll(counted.tallies()));
        return tallies;
    }

    private Summary summary() {
        return reports.summary(EVERYTHING, PROCUREMENT_IN_OPERATIONS);
    }

    private static long atStep(Summary summary, Step step) {
        return summary.byStep().stream().filter(count -> count.key().equals(step.stepName())).mapToLong(Count::count).sum();
    }

    private static long published(Summary summary) {
        return summary.byStatus().stream().filter(count -> count.key().equals(AssessmentStatus.PUBLISHED.name()))
                .mapToLong(Count::count).sum();
    }
}
