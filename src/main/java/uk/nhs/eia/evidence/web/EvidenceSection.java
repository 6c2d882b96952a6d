package uk.nhs.eia.evidence.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.evidence.AttachableSteps;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.evidence.EvidenceRefused;
import uk.nhs.eia.evidence.EvidenceSettings;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskPageSection;

/** The files of a step that takes them, shown on the step's page with the upload to attach more. */
@Component
class EvidenceSection implements TaskPageSection {

    /** The id of the upload control, which the error summary links to. */
    static final String ANCHOR = "evidence-file";

    private final EvidenceFiles files;
    private final EvidenceSettings settings;

    EvidenceSection(EvidenceFiles files, EvidenceSettings settings) {
        this.files = files;
        this.settings = settings;
    }

    @Override
    public Optional<Shown> forTask(OpenTask task, String username) {
        if (task.assessmentId() == null) {
            return Optional.empty();
        }
        return AttachableSteps.byKey(task.stepKey()).map(step -> shown(task, step, username));
    }

    private Shown shown(OpenTask task, Step step, String username) {
        Map<String, Object> values = new HashMap<>();
        values.put("taskId", task.id());
        values.put("files", files.onStep(task.assessmentId(), step, username));
        values.put("hint", "PDF, Word, Excel, OpenDocument, CSV, plain text, PNG, JPEG or GIF, up to %d MB. Files stay with %s."
                .formatted(settings.maxFileSize().toMegabytes(), step.stepName()));
        return new Shown("evidence/files", values);
    }

    /** The flash errors of a refused upload, keyed by the control they are about. */
    static Map<String, String> errorsOf(EvidenceRefused refused) {
        Map<String, String> errors = new HashMap<>();
        errors.put(ANCHOR, refused.getMessage());
        return errors;
    }
}
