package uk.nhs.eia.notification.process;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.StepEscalated;
import uk.nhs.eia.assessment.StepOverdue;
import uk.nhs.eia.notification.Notifications;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

/**
 * When a step passes its due date, a reminder to whoever holds it (or its team, while nobody has claimed it); when it
 * is still open some working days later, an escalation to the equality leads, who oversee the timeliness of
 * assessments.
 */
@Component
class OverdueNotifications {

    private final TaskService tasks;
    private final Notifications notifications;
    private final People people;

    OverdueNotifications(TaskService tasks, Notifications notifications, People people) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.people = people;
    }

    @EventListener
    void onOverdue(StepOverdue overdue) {
        Task task = tasks.createTaskQuery().processInstanceId(overdue.processInstanceId())
                .taskDefinitionKey(overdue.stepKey()).singleResult();
        if (task == null) {
            return;
        }
        String link = "/tasks/" + task.getId();
        Set<String> holders = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            holders.add(task.getAssignee());
        } else {
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(candidate -> IdentityLinkType.CANDIDATE.equals(candidate.getType()) && candidate.getGroupId() != null)
                    .forEach(candidate -> holders.addAll(people.membersOf(candidate.getGroupId())));
        }
        holders.forEach(holder -> notifications.tell(holder, "Reminder: %s for %s is overdue".formatted(overdue.step(),
                overdue.reference()), "%s of %s has passed its due date. Please complete it, or tell your equality lead why it is late."
                        .formatted(overdue.step(), overdue.reference()), link));
    }

    @EventListener
    void onEscalated(StepEscalated escalated) {
        people.membersOf(Groups.EQUALITY_LEADS).forEach(lead -> notifications.tell(lead,
                "Escalated: %s for %s is still overdue".formatted(escalated.step(), escalated.reference()),
                ("%s of %s is still open well after its due date. If your team had claimed it, it is back in your "
                        + "team's tasks; otherwise, please find out from whoever holds it why it is late.")
                        .formatted(escalated.step(), escalated.reference()),
                "/assessments/" + escalated.assessmentId()));
    }
}
