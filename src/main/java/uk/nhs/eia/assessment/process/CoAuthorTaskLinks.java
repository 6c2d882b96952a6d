package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentShared;

/**
 * Offers the author's open steps to a co-author as the assessment is shared, and withdraws them as sharing stops,
 * so the engine (Tasklist, {@code /engine-rest}) lets the co-author work on them too. Steps created later are
 * offered as they start.
 */
@Component
class CoAuthorTaskLinks {

    private final TaskService tasks;

    CoAuthorTaskLinks(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void onShared(AssessmentShared change) {
        if (change.processInstanceId() == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(change.processInstanceId())
                .taskAssignee(change.author()).list()) {
            if (change.shared()) {
                tasks.addCandidateUser(task.getId(), change.username());
            } else {
                tasks.deleteCandidateUser(task.getId(), change.username());
            }
        }
    }
}
