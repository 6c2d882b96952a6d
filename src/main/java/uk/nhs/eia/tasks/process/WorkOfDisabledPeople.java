package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.AccountDisabled;
import uk.nhs.eia.roles.Groups;

/**
 * When someone's account is disabled, the steps they held go back to a team's queue so the work does not stop: to
 * the team the step was offered to, or, for a step assigned to them by name, to the approvers (sign-off) or the
 * EIA authors (an author's step). Runs in the transaction that disables the account.
 */
@Component
class WorkOfDisabledPeople {

    private final TaskService tasks;

    WorkOfDisabledPeople(TaskService tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void handBack(AccountDisabled disabled) {
        for (Task task : tasks.createTaskQuery().taskAssignee(disabled.username()).list()) {
            boolean offeredToATeam = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
            if (!offeredToATeam) {
                tasks.addCandidateGroup(task.getId(), Step.SIGN_OFF.key().equals(task.getTaskDefinitionKey())
                        ? Groups.APPROVERS : Groups.AUTHORS);
            }
            tasks.setAssignee(task.getId(), null);
        }
    }
}
