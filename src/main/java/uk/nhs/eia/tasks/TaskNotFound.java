package uk.nhs.eia.tasks;

import uk.nhs.eia.refusal.NotFound;

/** No open task has the id given: it may have been completed already, or never existed. */
public class TaskNotFound extends NotFound {

    public TaskNotFound(String taskId) {
        super("No such task", "There is no open task with the id " + taskId);
    }
}
