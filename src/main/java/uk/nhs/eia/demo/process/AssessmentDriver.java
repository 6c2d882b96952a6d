package uk.nhs.eia.demo.process;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.contract.Step;

/**
 * Drives assessments through the real engine as the named people, the way Tasklist and the REST API do: for the
 * demo data and for tests.
 */
@Component
public class AssessmentDriver {

    public static final String PROCESS = Step.PROCESS_KEY;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final HistoryService history;
    private final People people;

    AssessmentDriver(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
            HistoryService history, People people) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.history = history;
        this.people = people;
    }

    public ProcessInstance start(String author, Map<String, Object> proposal) {
        return actingAs(author, () -> runtime.startProcessInstanceByKey(PROCESS, proposal));
    }

    /** The id of the record the process keeps, as the process carries it. */
    public Object assessmentId(ProcessInstance instance) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("assessmentId").singleResult().getValue();
    }

    public Task currentTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).active().singleResult();
    }

    /** Claims the open step if it is a team task, then completes it with the answers given. */
    public void complete(ProcessInstance instance, String username, Map<String, Object> answers) {
        Task task = currentTask(instance);
        actingAs(username, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), username);
            }
            tasks.complete(task.getId(), answers);
            return null;
        });
    }

    public void withdraw(ProcessInstance instance, String reason) {
        runtime.createMessageCorrelation("withdraw-assessment")
                .processInstanceId(instance.getId())
                .setVariable("withdrawalReason", reason)
                .correlate();
    }

    public Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult();
    }

    public void fire(Job job) {
        management.executeJob(job.getId());
    }

    public <T> T actingAs(String username, Supplier<T> work) {
        List<String> groups = people.groupsOf(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        identity.setAuthentication(username, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
    }
}
