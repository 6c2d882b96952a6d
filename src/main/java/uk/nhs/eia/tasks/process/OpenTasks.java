package uk.nhs.eia.tasks.process;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskNotFound;

/**
 * Finds an open task, telling a task completed already (a conflict) from one that never existed, and whether it is
 * offered to a person's teams.
 */
@Component
class OpenTasks {

    private final TaskService tasks;
    private final HistoryService history;

    OpenTasks(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** Whether the task is offered to one of these groups, whoever holds it now. */
    boolean offeredTo(String taskId, List<String> groups) {
        return !groups.isEmpty()
                && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).includeAssignedTasks().count() > 0;
    }

    /** Whether the task is offered to this person by name: a co-author, offered the author's step. */
    boolean offeredToPerson(String taskId, String username) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && username.equals(link.getUserId()));
    }

    Task get(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
            throw new TaskConflict("This task has already been completed");
        }
        throw new TaskNotFound(taskId);
    }
}
