package uk.nhs.eia.forms.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import uk.nhs.eia.forms.AnswersRefused;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** A changed form deploys as a new version; assessments already running keep the version they started with. */
@EiaSpringBootTest
class FormVersionsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MockMvc mvc;

    private String changedDeployment;

    @AfterEach
    void removeTheChangedVersion() {
        if (changedDeployment != null) {
            repository.deleteDeployment(changedDeployment, true);
        }
    }

    @Test
    void aRunningAssessmentKeepsItsFormVersionWhenTheFormChanges() throws IOException {
        ProcessInstance before = start();

        changedDeployment = deployWithScreeningAskingAlso("screeningLead", "Who led the screening?");
        ProcessInstance after = start();

        driver.complete(before, "author", screening(true));
        assertThat(submissionOf(before)).satisfies(kept -> {
            assertThat(kept.getFormId()).isEqualTo("screening");
            assertThat(kept.getAnswers()).doesNotContainKey("screeningLead");
        });

        assertThatThrownBy(() -> driver.complete(after, "author", screening(true)))
                .isInstanceOf(AnswersRefused.class)
                .hasMessageContaining("Enter who led the screening");

        Map<String, Object> answers = screening(true);
        answers.put("screeningLead", "Asha Patel");
        driver.complete(after, "author", answers);
        SubmittedAnswers newer = submissionOf(after);
        assertThat(newer.getAnswers()).containsEntry("screeningLead", "Asha Patel");
        assertThat(newer.getFormVersion()).isGreaterThan(submissionOf(before).getFormVersion());
    }

    @Test
    void theRecordShowsEachAnswerWithTheQuestionOfTheFormVersionItWasGivenIn() throws Exception {
        changedDeployment = deployWithScreeningAskingAlso("screeningLead", "Who led the screening?");
        ProcessInstance instance = start();
        Map<String, Object> answers = screening(true);
        answers.put("screeningLead", "Asha Patel");
        driver.complete(instance, "author", answers);

        mvc.perform(get("/assessments/" + driver.assessmentId(instance))
                        .with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who led the screening?")))
                .andExpect(content().string(containsString("Asha Patel")));
    }

    private String deployWithScreeningAskingAlso(String key, String label) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("screening form changed");
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource resource : resolver.getResources("classpath*:{processes,forms}/*.*")) {
            try (InputStream content = resource.getInputStream()) {
                String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
                if ("screening.form".equals(resource.getFilename())) {
                    text = text.replaceFirst("\"components\": \\[", """
                            "components": [ {"type": "textfield", "key": "%s", "label": "%s", "id": "Field_added", "validate": {"required": true}},""".formatted(key, label));
                }
                deployment.addString(resource.getFilename(), text);
            }
        }
        return deployment.deploy().getId();
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Versioned form", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
    }

    private SubmittedAnswers submissionOf(ProcessInstance instance) {
        Long id = assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();
        return assessments.submissionsOf(id).stream().filter(s -> s.getStep().equals("Screening")).findFirst().orElseThrow();
    }
}
