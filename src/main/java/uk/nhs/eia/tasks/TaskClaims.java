package uk.nhs.eia.tasks;

/** Taking a team's task to work on, and handing it back to the team. */
public interface TaskClaims {

    /**
     * Makes the person the task's assignee; claiming a task one holds already changes nothing.
     *
     * @throws TaskConflict when someone else holds it or it is completed already
     * @throws TaskNotYours when it is not offered to any of the person's groups
     * @throws TaskNotFound when no such task ever existed
     */
    void claim(String taskId, String username);

    /**
     * Puts the task back in its team's queue.
     *
     * @throws TaskConflict when someone else holds it, it is completed already, or it has no team to go back to
     * @throws TaskNotFound when no such task ever existed
     */
    void unclaim(String taskId, String username);
}
