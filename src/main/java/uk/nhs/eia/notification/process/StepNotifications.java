package uk.nhs.eia.notification.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.notification.Notifications;
import uk.nhs.eia.people.People;

/**
 * Tells people when a step needs them, from the engine's task events: the person a step is given to (unless they
 * took it themselves), or everyone in the team a step is offered to. Runs in the step's transaction.
 */
@Component
class StepNotifications {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Notifications notifications;
    private final People people;

    StepNotifications(Notifications notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
    void onTask(DelegateTask task) {
        Object reference = task.getVariable("reference");
        if (reference == null) {
            return;
        }
        String link = "/tasks/" + task.getId();
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null && !task.getAssignee().equals(actingPerson(task))) {
                notifications.tell(task.getAssignee(), "%s for %s is with you".formatted(task.getName(), reference),
                        "%s of %s is now yours to do.%s".formatted(task.getName(), reference, due(task)),
                        link);
            }
            return;
        }
        if (task.getAssignee() == null) {
            Set<String> team = new LinkedHashSet<>();
            task.getCandidates().stream().filter(candidate -> candidate.getGroupId() != null)
                    .forEach(candidate -> team.addAll(people.membersOf(candidate.getGroupId())));
            team.forEach(member -> notifications.tell(member,
                    "%s for %s is waiting in your team's tasks".formatted(task.getName(), reference),
                    "%s of %s is waiting for someone in your team to claim it.".formatted(task.getName(), reference),
                    link));
        }
    }

    private static String due(DelegateTask task) {
        return task.getDueDate() == null ? "" : " It is due by " + DUE.format(task.getDueDate().toInstant().atZone(ENGLAND)) + ".";
    }

    private static String actingPerson(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
