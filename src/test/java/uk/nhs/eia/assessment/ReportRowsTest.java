package uk.nhs.eia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** Reports read typed rows: one per rated group and one per action, written as each step is accepted. */
@EiaSpringBootTest
class ReportRowsTest {

    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRatedGroupAndEveryActionBecomesARowForReports() {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance instance = driver.start("author", proposal("Rows for reports", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        Long id = assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();

        List<Map<String, Object>> impacts = jdbc.sql("select group_kind, group_key, impact from eia_impact where assessment_id = ?")
                .param(id).query().listOfRows();
        assertThat(impacts).hasSize(ImpactGroup.values().length);
        assertThat(impacts).filteredOn(row -> "PROTECTED_CHARACTERISTIC".equals(row.get("GROUP_KIND"))).hasSize(9);
        assertThat(impacts).contains(Map.of("GROUP_KIND", "PROTECTED_CHARACTERISTIC", "GROUP_KEY", "age", "IMPACT", "negative"));

        Map<String, Object> action = jdbc.sql("select owner, due_date, status from eia_action where assessment_id = ?")
                .param(id).query().singleRow();
        assertThat(action.get("OWNER")).isEqualTo("Service manager");
        assertThat(action.get("DUE_DATE").toString()).isEqualTo(review.minusMonths(3).toString());
        assertThat(action.get("STATUS")).isEqualTo("not-started");
    }

    @Test
    void aReturnedActionPlanLeavesOnlyTheResubmittedActionsCurrentAndEachStepsRunIsTimed() {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance instance = driver.start("author", proposal("Returned plan", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview("return", "action-plan"));
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        Long id = assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();

        assertThat(jdbc.sql("select in_current_plan from eia_action where assessment_id = ? order by id").param(id)
                .query(Boolean.class).list()).containsExactly(false, true);
        List<Map<String, Object>> runs = jdbc.sql("select step_key, outcome, days_taken from eia_step_run"
                + " where assessment_id = ? order by id").param(id).query().listOfRows();
        assertThat(runs).extracting(run -> run.get("STEP_KEY") + " " + run.get("OUTCOME")).containsExactly(
                "Screening COMPLETED", "EvidenceAndEngagement COMPLETED", "ImpactAssessment COMPLETED",
                "ActionPlanAndOutcome COMPLETED", "QualityReview RETURNED", "ActionPlanAndOutcome COMPLETED",
                "QualityReview null");
        assertThat(runs.subList(0, 6)).allSatisfy(run -> assertThat(((Number) run.get("DAYS_TAKEN")).doubleValue()).isNotNegative());
        assertThat(runs.get(6).get("DAYS_TAKEN")).isNull();
    }
}
