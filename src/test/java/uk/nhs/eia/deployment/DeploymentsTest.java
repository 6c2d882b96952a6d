package uk.nhs.eia.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.people.People;

/**
 * An eia-admin deploys a process with its forms from the API or the page: checked as the service's own are at
 * start-up, each problem named with its file and element, nothing deployed when anything is refused; each deployment a
 * new version, audited, with running cases kept on theirs.
 */
@EiaSpringBootTest
class DeploymentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProcessWithItsFormIsDeployedAsANewVersionAndRunningCasesStayOnTheirs() throws Exception {
        String key = "request-" + System.nanoTime();
        MockHttpServletResponse first = deploy("admin", file(key + ".bpmn", SmallProcess.model(key, "Ask", "request-form")),
                file("request.form", SmallProcess.form("request-form", "textfield")));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        assertThat(first.getContentAsString()).contains("\"key\":\"" + key + "\"", "\"version\":1");
        ProcessInstance running = runtime.startProcessInstanceByKey(key);

        MockHttpServletResponse second = deploy("admin", file(key + ".bpmn", SmallProcess.model(key, "Ask again", "request-form")),
                file("request.form", SmallProcess.form("request-form", "textarea")));

        assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(201);
        assertThat(second.getContentAsString()).contains("\"version\":2");
        assertThat(repository.getProcessDefinition(running.getProcessDefinitionId()).getVersion()).isEqualTo(1);
        assertThat(repository.getProcessDefinition(runtime.startProcessInstanceByKey(key).getProcessDefinitionId())
                .getVersion()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from eia_audit_event where type = 'PROCESS_DEPLOYED' and summary like ?")
                .param("admin deployed %" + key + " version 2%").query(Long.class).single()).isOne();
        String list = mvc.perform(get("/api/admin/deployments").with(as("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("{\"key\":\"" + key + "\",\"name\":\"" + key + "\",\"version\":2");
    }

    @Test
    void everyProblemIsNamedWithItsFileAndNothingIsDeployed() throws Exception {
        String key = "broken-" + System.nanoTime();
        String withFormKey = SmallProcess.model(key, "Ask", "request-form").replace("camunda:formRef=\"request-form\" camunda:formRefBinding=\"deployment\"",
                "camunda:formKey=\"embedded:app:forms/ask.html\"");

        MockHttpServletResponse refused = deploy("admin", file(key + ".bpmn", withFormKey),
                file(key + "-2.bpmn", SmallProcess.model(key + "-2", "Ask", "no-such-form")),
                file("upload.form", SmallProcess.form("upload-form", "filepicker")),
                file("notes.txt", "Not a model"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(
                "\"key\":\"notes.txt\"", "is not a BPMN model (.bpmn), DMN decisions (.dmn) or a Camunda Form (.form)",
                "\"key\":\"upload.form\"", "filepicker");
        MockHttpServletResponse modelsRefused = deploy("admin", file(key + ".bpmn", withFormKey),
                file(key + "-2.bpmn", SmallProcess.model(key + "-2", "Ask", "no-such-form")), file("request.form", SmallProcess.form("request-form", "textfield")));
        assertThat(modelsRefused.getStatus()).isEqualTo(422);
        assertThat(modelsRefused.getContentAsString()).contains(
                key + ".bpmn: user task Ask uses camunda:formKey",
                key + "-2.bpmn: user task Ask shows form \\\"no-such-form\\\", which none of the forms chosen has as its id");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyLike(key + "%").count()).isZero();
    }

    @Test
    void nothingChosenTheSameFileTwiceOrTwoFormsWithOneIdAreRefusedByName() throws Exception {
        MockHttpServletResponse nothing = mvc.perform(multipart("/api/admin/deployments").with(as("admin")).with(csrf()))
                .andReturn().getResponse();
        assertThat(nothing.getStatus()).isBetween(400, 422);
        assertThat(nothing.getContentAsString()).contains("files");

        String key = "twice-" + System.nanoTime();
        MockHttpServletResponse refused = deploy("admin", file(key + ".bpmn", SmallProcess.model(key, "Ask", "request-form")),
                file(key + ".bpmn", SmallProcess.model(key, "Ask", "request-form")),
                file("a.form", SmallProcess.form("request-form", "textfield")),
                file("b.form", SmallProcess.form("request-form", "textarea")));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(key + ".bpmn is chosen twice",
                "Form b.form has the id \\\"request-form\\\", which a.form has too");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void theServicesOwnRemindersAndCleanUpsCannotBeReplacedFromThePage() throws Exception {
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey("eia-follow-up").count();

        MockHttpServletResponse refused = deploy("admin", file("follow-up.bpmn", SmallProcess.model("eia-follow-up", "Ask",
                "request-form")), file("request.form", SmallProcess.form("request-form", "textfield")));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("follow-up.bpmn: process eia-follow-up is one of the service's own");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("eia-follow-up").count()).isEqualTo(versions);
    }

    @Test
    void anAssessmentModelThatNoLongerMatchesTheServiceIsRefusedNamingTheStep() throws Exception {
        String model = resource("processes/equality-impact-assessment.bpmn")
                .replace("name=\"Quality review\"", "name=\"Equality review\"");
        List<MockMultipartFile> files = new java.util.ArrayList<>(List.of(file("equality-impact-assessment.bpmn", model),
                file("screening-decision.dmn", resource("processes/screening-decision.dmn"))));
        for (String form : List.of("proposal-details", "screening", "confirm-screening-out", "evidence-and-engagement",
                "impact-assessment", "action-plan-and-outcome", "quality-review", "sign-off", "review")) {
            files.add(file(form + ".form", resource("forms/" + form + ".form")));
        }
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey("equality-impact-assessment").count();

        MockHttpServletResponse refused = deploy("admin", files.toArray(MockMultipartFile[]::new));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("user task QualityReview is named \\\"Equality review\\\", not \\\"Quality review\\\"");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("equality-impact-assessment").count())
                .isEqualTo(versions);
    }

    @Test
    void theProcessesPageListsVersionsAndShowsEachProblemUnderAnErrorSummary() throws Exception {
        String page = mvc.perform(get("/admin/processes").with(as("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Processes and forms", "equality-impact-assessment", "Deploy a process");

        String refused = mvc.perform(multipart("/admin/processes").file(file("notes.txt", "Not a model"))
                        .with(as("admin")).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("There is a problem", "Nothing was deployed.", "Choose a BPMN model (.bpmn)",
                "notes.txt is not a BPMN model");
    }

    @Test
    void onlyEiaAdminsDeploy() throws Exception {
        for (String person : List.of("author", "lead", "approver", "auditor")) {
            assertThat(deploy(person, file("x.bpmn", "<x/>")).getStatus()).as(person).isEqualTo(403);
        }
    }

    private MockHttpServletResponse deploy(String person, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/admin/deployments");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(as(person)).with(csrf())).andReturn().getResponse();
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DeploymentsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RequestPostProcessor as(String person) {
        return user(person).authorities(people.groupsOf(person).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
    }
}
