package uk.nhs.eia.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.tasks.TaskNotFound;

/** The files of the assessment a step belongs to, found from the step, as Camunda Tasklist's files tab reads them. */
@RestController
class TaskEvidenceApi {

    private final TaskList tasks;
    private final EvidenceFiles files;

    TaskEvidenceApi(TaskList tasks, EvidenceFiles files) {
        this.tasks = tasks;
        this.files = files;
    }

    @Operation(summary = "The files of a step's assessment", description = "Every file of the assessment's current "
            + "version, on whichever step, each downloaded from GET /api/assessments/{assessmentId}/evidence/{id}. "
            + "403 when the assessment is not yours to read; 404 for a step that is not open or has no assessment.")
    @GetMapping("/api/tasks/{taskId}/evidence")
    List<EvidenceFile> ofTask(@PathVariable String taskId, Principal person) {
        OpenTask task = tasks.find(taskId).filter(open -> open.assessmentId() != null)
                .orElseThrow(() -> new TaskNotFound(taskId));
        return files.inCurrentVersion(task.assessmentId(), person.getName());
    }
}
