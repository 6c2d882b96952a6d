package uk.nhs.eia.tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AuthorChanged;

/** When an assessment is handed over, the drafts of its open steps go with it, in the handover's transaction. */
@Component
class DraftsFollowTheAuthor {

    private final TaskList tasks;
    private final TaskDrafts drafts;

    DraftsFollowTheAuthor(TaskList tasks, TaskDrafts drafts) {
        this.tasks = tasks;
        this.drafts = drafts;
    }

    @EventListener
    void onHandover(AuthorChanged change) {
        if (change.processInstanceId() != null) {
            drafts.handOver(tasks.openOn(change.processInstanceId()).stream().map(OpenTask::id).toList(), change.from(),
                    change.to());
        }
    }
}
