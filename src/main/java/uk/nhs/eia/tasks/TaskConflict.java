package uk.nhs.eia.tasks;

import uk.nhs.eia.refusal.Conflict;

/** The task has moved on: completed already, or claimed by someone else. */
public class TaskConflict extends Conflict {

    public TaskConflict(String message) {
        super("You cannot work on this task", message);
    }
}
