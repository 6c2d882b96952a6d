package uk.nhs.eia.tasks;

/** The person may not work on this task. */
public class TaskNotYours extends RuntimeException {

    public TaskNotYours(String taskId) {
        super("You cannot work on task " + taskId);
    }
}
