package uk.nhs.eia.evidence.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * The assessment's files at quality review: the equality lead reads the evidence the author attached and agrees, or
 * not, to publish each file the author marked publishable.
 */
@Component
class EvidenceReviewSection implements TaskPageSection {

    /** Where the page's error summary links a refused agreement to. */
    static final String ANCHOR = "evidence-review";

    private final EvidenceFiles files;

    EvidenceReviewSection(EvidenceFiles files) {
        this.files = files;
    }

    @Override
    public Optional<Shown> forTask(OpenTask task, String username) {
        if (task.assessmentId() == null || !Step.QUALITY_REVIEW.key().equals(task.stepKey())) {
            return Optional.empty();
        }
        return Optional.of(new Shown("evidence/review", Map.of("taskId", task.id(), "anchor", ANCHOR,
                "files", files.inCurrentVersion(task.assessmentId(), username))));
    }
}
