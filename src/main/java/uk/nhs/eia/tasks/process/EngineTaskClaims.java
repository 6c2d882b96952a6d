package uk.nhs.eia.tasks.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.tasks.TaskClaims;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskNotYours;

@Component
class EngineTaskClaims implements TaskClaims {

    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final IdentityService identity;
    private final People people;

    EngineTaskClaims(TaskService tasks, OpenTasks openTasks, IdentityService identity, People people) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.identity = identity;
        this.people = people;
    }

    @Override
    public void claim(String taskId, String username) {
        Task task = openTasks.get(taskId);
        if (username.equals(task.getAssignee())) {
            return;
        }
        List<String> groups = people.groupsOf(username);
        if (!openTasks.offeredTo(taskId, groups)) {
            throw new TaskNotYours(taskId);
        }
        if (task.getAssignee() != null) {
            throw new TaskConflict("Someone else has claimed this task");
        }
        identity.setAuthentication(username, groups);
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
            throw new TaskConflict("Someone else claimed this task at the same moment");
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void unclaim(String taskId, String username) {
        Task task = openTasks.get(taskId);
        if (!username.equals(task.getAssignee()) && !openTasks.offeredTo(taskId, people.groupsOf(username))) {
            throw new TaskNotYours(taskId);
        }
        if (!username.equals(task.getAssignee())) {
            throw task.getAssignee() == null ? new TaskConflict("This task is not claimed")
                    : new TaskConflict("Someone else is working on this task");
        }
        if (tasks.getIdentityLinksForTask(taskId).stream().noneMatch(link -> link.getGroupId() != null)) {
            throw new TaskConflict("This step is yours alone; there is no team queue to put it back in");
        }
        identity.setAuthentication(username, people.groupsOf(username));
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException raced) {
            throw new TaskConflict("Someone else changed this task at the same moment");
        } finally {
            identity.clearAuthentication();
        }
    }

}
