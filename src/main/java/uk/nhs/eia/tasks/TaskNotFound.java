package uk.nhs.eia.tasks;

/** No open task has the id given: it may have been completed already, or never existed. */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(String taskId) {
        super("There is no open task with the id " + taskId);
    }
}
