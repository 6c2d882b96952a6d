package uk.nhs.eia.tasks;

/** The task has moved on: completed already, or claimed by someone else. */
public class TaskConflict extends RuntimeException {

    public TaskConflict(String message) {
        super(message);
    }
}
