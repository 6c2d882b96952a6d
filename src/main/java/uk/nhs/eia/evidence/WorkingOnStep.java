package uk.nhs.eia.evidence;

import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.tasks.TaskList;

/** Whether a step of an assessment is the person's task now: given to them, or shared with them by its author. */
@Component
public class WorkingOnStep {

    /** What an author does with the evidence library's sources. */
    public static final String CITE = "cite library sources at";


    private final TaskList tasks;

    WorkingOnStep(TaskList tasks) {
        this.tasks = tasks;
    }

    /** @throws StepNotYours saying {@code what} they tried, when the step is not theirs to work on now */
    public void require(AssessmentView assessment, Step step, String username, String what) {
        boolean working = tasks.assignedTo(username, assessment.getProcessInstanceId()).stream()
                .anyMatch(task -> step.key().equals(task.stepKey()));
        if (!working) {
            throw new StepNotYours(step, what);
        }
    }
}
