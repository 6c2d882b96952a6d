package uk.nhs.eia.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.people.People;

/**
 * A process that is not an assessment, deployed by an eia-admin, worked through the same doors as assessments: its
 * step in the task list, claimed, its form on the task page, a draft kept, an incomplete answer refused naming the
 * field, and the step completed with its answer carried by the case.
 */
@EiaSpringBootTest
class DeployedProcessJourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    ProcessDeployments deployments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @Test
    void aDeployedProcessIsWorkedThroughTheSameTaskListPageFormsAndDrafts() throws Exception {
        String key = "equipment-" + System.nanoTime();
        deployments.deploy(List.of(
                new DeploymentFile(key + ".bpmn", SmallProcess.model(key, "Approve the equipment", "equipment-" + key)
                        .getBytes(StandardCharsets.UTF_8)),
                new DeploymentFile("equipment.form", SmallProcess.form("equipment-" + key, "textfield", true)
                        .getBytes(StandardCharsets.UTF_8))), "admin");
        ProcessInstance instance = runtime.startProcessInstanceByKey(key, Map.of("request", "A standing desk"));
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        assertThat(body(get("/api/tasks?scope=team"))).contains(task, "Approve the equipment");
        assertThat(send(post("/api/tasks/" + task + "/claim")).getStatus()).isEqualTo(204);
        assertThat(body(get("/tasks/" + task))).contains("Approve the equipment", "What do you need?");
        assertThat(send(put("/api/tasks/" + task + "/draft").contentType(MediaType.APPLICATION_JSON)
                .content("{\"data\": {\"request\": \"A standing desk and a chair\"}}")).getStatus()).isEqualTo(204);
        assertThat(body(get("/api/tasks/" + task + "/form"))).contains("A standing desk and a chair");

        MockHttpServletResponse incomplete = send(post("/api/tasks/" + task + "/complete")
                .contentType(MediaType.APPLICATION_JSON).content("{\"data\": {\"request\": \"\"}}"));
        assertThat(incomplete.getStatus()).isEqualTo(422);
        assertThat(incomplete.getContentAsString()).contains("\"key\":\"request\"", "what you need");

        MockHttpServletResponse completed = send(post("/api/tasks/" + task + "/complete")
                .contentType(MediaType.APPLICATION_JSON).content("{\"data\": {\"request\": \"A standing desk\"}}"));
        assertThat(completed.getStatus()).as(completed.getContentAsString()).isEqualTo(200);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("request").singleResult().getValue()).isEqualTo("A standing desk");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return send(request).getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user("admin").authorities(people.groupsOf("admin").stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList()))).andReturn().getResponse();
    }
}
