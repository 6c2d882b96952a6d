package uk.nhs.eia.tasks;

import uk.nhs.eia.refusal.Forbidden;

/** The person may not work on this task. */
public class TaskNotYours extends Forbidden {

    public TaskNotYours(String taskId) {
        super("You cannot work on this task", "Task " + taskId + " is not offered to you or to any of your teams.");
    }
}
