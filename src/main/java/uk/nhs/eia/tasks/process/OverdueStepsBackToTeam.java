package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.StepEscalated;

/**
 * When a step offered to a team is escalated while someone has claimed it, it goes back to the team's queue, so
 * another member can pick it up. A step given to a person by name (an author's step, sign-off) stays with them.
 */
@Component
class OverdueStepsBackToTeam {

    private final TaskService tasks;

    OverdueStepsBackToTeam(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void onEscalated(StepEscalated escalated) {
        Task task = tasks.createTaskQuery().processInstanceId(escalated.processInstanceId())
                .taskDefinitionKey(escalated.stepKey()).singleResult();
        if (task == null || task.getAssignee() == null) {
            return;
        }
        boolean offeredToATeam = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        if (offeredToATeam) {
            tasks.setAssignee(task.getId(), null);
        }
    }
}
