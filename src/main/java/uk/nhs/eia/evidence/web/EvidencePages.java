package uk.nhs.eia.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.evidence.Downloads;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.evidence.EvidenceRefused;
import uk.nhs.eia.evidence.FilePublication;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.tasks.TaskNotFound;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * Attaching and removing a step's files from the step's page, and downloading them. Each post goes back to the
 * step's page: with a notice when it worked, with the refusal in the page's error summary when it did not.
 */
@Controller
class EvidencePages {

    static final String NOTICE = "evidenceNotice";

    private final EvidenceFiles files;
    private final FilePublication publication;
    private final TaskList tasks;

    EvidencePages(EvidenceFiles files, FilePublication publication, TaskList tasks) {
        this.files = files;
        this.publication = publication;
        this.tasks = tasks;
    }

    @PostMapping("/tasks/{taskId}/evidence")
    String attach(@PathVariable String taskId, @RequestParam(name = "file", required = false) MultipartFile file,
            Principal person, RedirectAttributes redirect) throws IOException {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        try {
            if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                throw new EvidenceRefused("Select a file to attach");
            }
            try (InputStream content = file.getInputStream()) {
                EvidenceFile kept = files.attach(task.assessmentId(), task.stepKey(), file.getOriginalFilename(), content,
                        person.getName());
                redirect.addFlashAttribute(NOTICE, kept.fileName() + " has been attached to " + kept.stepName() + ".");
            }
        } catch (EvidenceRefused refused) {
            // To the top of the page, where the error summary is, which links down to the upload.
            redirect.addFlashAttribute(TaskPageSection.ERRORS, EvidenceSection.errorsOf(refused));
            return "redirect:/tasks/" + taskId;
        }
        return backTo(taskId);
    }

    @PostMapping("/tasks/{taskId}/evidence/{fileId}/remove")
    String remove(@PathVariable String taskId, @PathVariable Long fileId, Principal person, RedirectAttributes redirect) {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        EvidenceFile removed = files.remove(task.assessmentId(), fileId, person.getName());
        redirect.addFlashAttribute(NOTICE, removed.fileName() + " has been removed.");
        return backTo(taskId);
    }

    @PostMapping("/tasks/{taskId}/evidence/{fileId}/publishable")
    String markPublishable(@PathVariable String taskId, @PathVariable Long fileId, @RequestParam boolean publishable,
            Principal person, RedirectAttributes redirect) {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        EvidenceFile file = publication.markPublishable(task.assessmentId(), fileId, publishable, person.getName());
        redirect.addFlashAttribute(NOTICE, file.fileName() + (publishable
                ? " is marked publishable. The equality lead decides at quality review whether it is published."
                : " will not be published."));
        return backTo(taskId);
    }

    @PostMapping("/tasks/{taskId}/evidence/{fileId}/publication-agreement")
    String agree(@PathVariable String taskId, @PathVariable Long fileId, @RequestParam boolean agreed, Principal person,
            RedirectAttributes redirect) {
        OpenTask task = tasks.find(taskId).orElseThrow(() -> new TaskNotFound(taskId));
        try {
            EvidenceFile file = publication.agree(task.assessmentId(), fileId, agreed, person.getName());
            redirect.addFlashAttribute(NOTICE, file.fileName() + (agreed
                    ? " will be published with the assessment."
                    : " will not be published."));
        } catch (EvidenceRefused refused) {
            redirect.addFlashAttribute(TaskPageSection.ERRORS, Map.of(EvidenceReviewSection.ANCHOR, refused.getMessage()));
            return "redirect:/tasks/" + taskId;
        }
        return "redirect:/tasks/" + taskId + "#" + EvidenceReviewSection.ANCHOR;
    }

    @GetMapping("/assessments/{id}/evidence/{fileId}")
    void download(@PathVariable Long id, @PathVariable Long fileId, Principal person, HttpServletResponse response)
            throws IOException {
        Downloads.send(files.download(id, fileId, person.getName()), response);
    }

    private static String backTo(String taskId) {
        return "redirect:/tasks/" + taskId + "#evidence";
    }
}
