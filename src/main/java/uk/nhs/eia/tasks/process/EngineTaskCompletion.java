package uk.nhs.eia.tasks.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.Refusal;
import uk.nhs.eia.tasks.TaskCompletion;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskNotClaimed;
import uk.nhs.eia.tasks.TaskNotYours;

@Component
class EngineTaskCompletion implements TaskCompletion {

    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final FormService forms;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final People people;

    EngineTaskCompletion(TaskService tasks, OpenTasks openTasks, FormService forms, RuntimeService runtime,
            IdentityService identity, People people) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.forms = forms;
        this.runtime = runtime;
        this.identity = identity;
        this.people = people;
    }

    @Override
    public String stepNameFor(String taskId, String username) {
        return workableTask(taskId, username, people.groupsOf(username)).getName();
    }

    @Override
    public Long complete(String taskId, String username, Map<String, Object> answers) {
        List<String> groups = people.groupsOf(username);
        Task task = workableTask(taskId, username, groups);
        // The form handler around the engine's own checks the answers exactly as sent, as for every other door.
        Object assessmentId = runtime.getVariable(task.getExecutionId(), "assessmentId");
        identity.setAuthentication(username, groups);
        try {
            forms.submitTaskForm(taskId, answers);
        } catch (OptimisticLockingException concurrent) {
            throw new TaskConflict("Someone else completed this task at the same moment");
        } catch (Refusal refused) {
            throw refused;
        } catch (RuntimeException failure) {
            // A completion committed a moment earlier can leave the engine reading a task whose execution is gone.
            throw alreadyCompletedOr(taskId, failure);
        } finally {
            identity.clearAuthentication();
        }
        return assessmentId == null ? null : ((Number) assessmentId).longValue();
    }

    /** 409 when the task has been completed meanwhile, so the failure came from losing the race; else the failure. */
    private RuntimeException alreadyCompletedOr(String taskId, RuntimeException failure) {
        return tasks.createTaskQuery().taskId(taskId).count() == 0
                ? new TaskConflict("This task has already been completed") : failure;
    }

    /** The person's task to work on now: theirs, or a 403 when it was never for them, or a 409 when it has moved on. */
    private Task workableTask(String taskId, String username, List<String> groups) {
        Task task = openTasks.get(taskId);
        if (username.equals(task.getAssignee()) || openTasks.offeredToPerson(taskId, username)) {
            return task;
        }
        if (!openTasks.offeredTo(taskId, groups)) {
            throw new TaskNotYours(taskId);
        }
        throw task.getAssignee() == null ? new TaskNotClaimed() : new TaskConflict("Someone else is working on this task");
    }
}
