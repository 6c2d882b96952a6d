package uk.nhs.eia.tasks;

/** The task waits in the person's team queue: they may claim it, then work on it. */
public class TaskNotClaimed extends TaskConflict {

    public TaskNotClaimed() {
        super("Claim the task before completing it");
    }
}
