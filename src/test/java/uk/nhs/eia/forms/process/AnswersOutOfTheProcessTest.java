package uk.nhs.eia.forms.process;

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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** The engine carries ids and routing flags; long answers live on the record and come back when a step does. */
@EiaSpringBootTest
class AnswersOutOfTheProcessTest {

    @Autowired
    AssessmentDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AssessmentService assessments;
    @Autowired
    HistoryService history;

    @Test
    void longAnswersLeaveTheProcessOnceKeptWhileRoutingAnswersStay() {
        ProcessInstance instance = throughImpactAssessment();

        Map<String, Object> carried = runtime.getVariables(instance.getId());
        assertThat(carried).doesNotContainKeys("ageRationale", "ageEvidence", "humanRights", "evidenceSources", "aims");
        assertThat(carried).containsKeys("assessmentId", "ageImpact", "accessImpact", "title", "decisionMaker",
                "fullAssessmentRequired", "screeningRationale");
    }

    @Test
    void aReturnedStepOpensWithItsLastAnswersAndANewAnswerReplacesThem() {
        ProcessInstance instance = throughImpactAssessment();
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        driver.complete(instance, "lead", qualityReview("return", "impact"));

        String task = driver.currentTask(instance).getId();
        assertThat(tasks.getVariablesLocal(task)).containsEntry("ageRationale", impactAssessment().get("ageRationale"));

        Map<String, Object> revised = impactAssessment();
        revised.put("ageRationale", "Revised after quality review: older patients without cars travel further.");
        driver.complete(instance, "author", revised);

        List<SubmittedAnswers> kept = assessments.submissionsOf(recordId(instance));
        assertThat(kept.get(kept.size() - 1).getAnswers())
                .containsEntry("ageRationale", "Revised after quality review: older patients without cars travel further.");
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("ageRationale");
    }

    @Test
    void theAnswersEachSubmissionWasAcceptedWithAreKeptOnlyOnTheRecord() {
        ProcessInstance instance = throughImpactAssessment();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).isNotEmpty().allMatch(name -> !name.startsWith("eia."));
        assertThat(assessments.submissionsOf(recordId(instance))).extracting(SubmittedAnswers::getStep)
                .containsExactly("Proposal details", "Screening", "Evidence and engagement", "Impact assessment");
    }

    private ProcessInstance throughImpactAssessment() {
        ProcessInstance instance = driver.start("author", proposal("Lean process", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        return instance;
    }

    private Long recordId(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();
    }
}
