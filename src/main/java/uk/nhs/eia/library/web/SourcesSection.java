package uk.nhs.eia.library.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * The library sources an assessment cites: on the evidence step, where the author cites and removes them, and at
 * quality review, where the equality lead reads them beside the files.
 */
@Component
class SourcesSection implements TaskPageSection {

    private final Citations citations;

    SourcesSection(Citations citations) {
        this.citations = citations;
    }

    @Override
    public Optional<Shown> forTask(OpenTask task, String username) {
        if (task.assessmentId() == null) {
            return Optional.empty();
        }
        boolean citing = Step.EVIDENCE_AND_ENGAGEMENT.key().equals(task.stepKey());
        if (!citing && !Step.QUALITY_REVIEW.key().equals(task.stepKey())) {
            return Optional.empty();
        }
        return Optional.of(new Shown("library/cited", Map.of("taskId", task.id(), "citing", citing,
                "citations", citations.of(task.assessmentId(), username))));
    }
}
