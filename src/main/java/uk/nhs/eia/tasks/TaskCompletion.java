package uk.nhs.eia.tasks;

import java.util.Map;

/** Completing a step through our own doors: the answers are checked exactly as sent, then the engine moves on. */
public interface TaskCompletion {

    /**
     * @return the id of the assessment the task belongs to
     * @throws uk.nhs.eia.forms.AnswersRefused when an answer breaks the form's rules
     * @throws TaskConflict when the task is completed already or someone else holds it
     * @throws TaskNotYours when the person may not work on it
     * @throws TaskNotFound when no such task ever existed
     */
    Long complete(String taskId, String username, Map<String, Object> answers);

    /**
     * The name of the step, when the person may work on it now.
     *
     * @throws TaskConflict when the task is completed already, someone else holds it, or it is not yet claimed
     * @throws TaskNotYours when the person may not work on it
     * @throws TaskNotFound when no such task ever existed
     */
    String stepNameFor(String taskId, String username);
}
