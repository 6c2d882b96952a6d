package uk.nhs.eia.records.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.review;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** What the record's process diagram marks, version by version, and who may read it. */
@EiaSpringBootTest
class RecordDiagramApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate REVIEW = LocalDate.now().plusYears(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;

    @Test
    void theCurrentStepIsMarkedOnTheModelTheCaseRunsOn() throws Exception {
        ProcessInstance instance = start();

        Map<String, Object> diagram = diagram("author", instance, null);

        assertThat(diagram.get("bpmnXml").toString()).contains("<bpmn:userTask id=\"" + Step.SCREENING.key() + "\"");
        assertThat(diagram.get("current")).isEqualTo(List.of(Step.SCREENING.key()));
        assertThat(diagram).containsEntry("version", 1).containsEntry("versions", 1).containsEntry("returned", List.of());
    }

    @Test
    void theFinishedStepsAreMarkedUpToTheOneOpenNow() throws Exception {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());

        Map<String, Object> diagram = diagram("lead", instance, null);

        assertThat(ids(diagram, "finished")).contains(Step.PROPOSAL_DETAILS.key(), "RegisterAssessment",
                        Step.SCREENING.key(), "DecideScreening", Step.EVIDENCE_AND_ENGAGEMENT.key())
                .doesNotContain(Step.IMPACT_ASSESSMENT.key(), Step.CONFIRM_SCREENING_OUT.key(), "AssessmentInProgress");
        assertThat(diagram.get("current")).isEqualTo(List.of(Step.IMPACT_ASSESSMENT.key()));
    }

    @Test
    void aStepTheWorkWasReturnedToIsMarkedAndWhatFollowedItIsNotFinishedUntilDoneAgain() throws Exception {
        ProcessInstance instance = toQualityReview();
        driver.complete(instance, "lead", qualityReview("return", "impact"));

        Map<String, Object> returned = diagram("author", instance, null);

        assertThat(returned.get("returned")).isEqualTo(List.of(Step.IMPACT_ASSESSMENT.key()));
        assertThat(returned.get("current")).isEqualTo(List.of(Step.IMPACT_ASSESSMENT.key()));
        assertThat(ids(returned, "finished")).contains(Step.EVIDENCE_AND_ENGAGEMENT.key())
                .doesNotContain(Step.IMPACT_ASSESSMENT.key(), Step.ACTION_PLAN_AND_OUTCOME.key(), Step.QUALITY_REVIEW.key());

        driver.complete(instance, "author", impactAssessment());
        Map<String, Object> redone = diagram("author", instance, null);

        assertThat(redone.get("returned")).isEqualTo(List.of(Step.IMPACT_ASSESSMENT.key()));
        assertThat(ids(redone, "finished")).contains(Step.IMPACT_ASSESSMENT.key());
        assertThat(redone.get("current")).isEqualTo(List.of(Step.ACTION_PLAN_AND_OUTCOME.key()));
    }

    @Test
    void eachVersionShowsThePathItTookThroughTheSameCase() throws Exception {
        ProcessInstance instance = toQualityReview();
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));
        driver.fire(driver.timer(instance, "ReviewDateReached"));
        driver.complete(instance, "author", review("reassess", null));

        Map<String, Object> second = diagram("author", instance, null);
        Map<String, Object> first = diagram("author", instance, 1);

        assertThat(second).containsEntry("version", 2).containsEntry("versions", 2);
        assertThat(second.get("current")).isEqualTo(List.of(Step.SCREENING.key()));
        assertThat(ids(second, "finished")).contains("AssessmentRoundStarts")
                .doesNotContain(Step.PROPOSAL_DETAILS.key(), Step.SIGN_OFF.key(), "Publish", "StartNewVersion");
        assertThat(first).containsEntry("version", 1).containsEntry("current", List.of());
        assertThat(ids(first, "finished")).contains(Step.PROPOSAL_DETAILS.key(), Step.SIGN_OFF.key(), "Publish",
                "ReviewDateReached", Step.REVIEW.key(), "StartNewVersion");
        assertThat(first.get("bpmnXml")).isEqualTo(second.get("bpmnXml"));
    }

    @Test
    void someoneWhoCannotReadTheRecordIsRefusedAsTheRecordPageRefusesThem() throws Exception {
        Object id = driver.assessmentId(start());

        for (Object[] request : new Object[][] {{"author2", id, 403}, {"author", 999_999_999L, 404}, {"auditor", id, 200}}) {
            int page = mvc.perform(get("/assessments/" + request[1]).with(user((String) request[0])).accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getStatus();
            int diagram = mvc.perform(get("/api/assessments/" + request[1] + "/diagram").with(user((String) request[0])))
                    .andReturn().getResponse().getStatus();

            assertThat(diagram).as("%s reading %s", request[0], request[1]).isEqualTo(page).isEqualTo(request[2]);
        }
    }

    @Test
    void aVersionTheAssessmentDoesNotHaveIsRefusedNamingIt() throws Exception {
        ProcessInstance instance = start();

        MockHttpServletResponse response = mvc.perform(get("/api/assessments/" + driver.assessmentId(instance) + "/diagram")
                .param("version", "2").with(user("author"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("\"key\":\"version\"", "This assessment has only version 1");
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Diagram " + System.nanoTime(), "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));
    }

    private ProcessInstance toQualityReview() {
        ProcessInstance instance = start();
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(REVIEW));
        return instance;
    }

    private Map<String, Object> diagram(String username, ProcessInstance instance, Integer version) throws Exception {
        var request = get("/api/assessments/" + driver.assessmentId(instance) + "/diagram").with(user(username));
        MockHttpServletResponse response = mvc.perform(version == null ? request : request.param("version", version.toString()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readValue(response.getContentAsString(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> diagram, String marks) {
        return (List<String>) diagram.get(marks);
    }
}
