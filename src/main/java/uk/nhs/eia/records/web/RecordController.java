package uk.nhs.eia.records.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.forms.FormVersions;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.people.People;
import uk.nhs.eia.quality.QualityReports;
import uk.nhs.eia.records.AssessmentRecord;
import uk.nhs.eia.records.AssessmentRecords;
import uk.nhs.eia.tasks.OpenTask;

/**
 * The record of one assessment: where it stands, its steps, what was submitted, its files, comments and its timeline.
 */
@Controller
class RecordController {

    private final AssessmentRecords records;
    private final FormVersions forms;
    private final FormRenderer renderer;
    private final People people;
    private final QualityReports quality;
    private final EvidenceFiles files;
    private final AssessmentService handovers;
    private final AssessmentShares shares;
    private final Citations citations;
    private final LegacyImport imports;
    private final Clock clock;

    RecordController(AssessmentRecords records, FormVersions forms, FormRenderer renderer, People people,
            QualityReports quality, EvidenceFiles files, AssessmentService handovers, AssessmentShares shares, Citations citations,
            LegacyImport imports, Clock clock) {
        this.imports = imports;
        this.citations = citations;
        this.handovers = handovers;
        this.shares = shares;
        this.files = files;
        this.records = records;
        this.forms = forms;
        this.renderer = renderer;
        this.people = people;
        this.quality = quality;
        this.clock = clock;
    }

    @GetMapping("/assessments/{id}")
    String record(@PathVariable Long id, Principal person, Model model) {
        String username = person.getName();
        AssessmentRecord record = records.of(id, username);
        AssessmentView assessment = record.assessment();
        List<String> groups = people.groupsOf(username);
        model.addAttribute("record", record);
        model.addAttribute("a", assessment);
        model.addAttribute("now", clock.instant());
        model.addAttribute("submitted", record.currentAnswers().stream()
                .flatMap(submission -> forms.of(submission.getFormId(), submission.getFormVersion()).stream()
                        .map(form -> new SubmittedStep(submission.getStep(), submission.getSubmittedBy(),
                                submission.getSubmittedAt(), renderer.renderSummary(form, submission.getAnswers(), null))))
                .toList());
        model.addAttribute("workable", record.currentTasks().stream()
                .filter(task -> username.equals(task.assignee())
                        || (task.assignee() == null && task.candidateGroups().stream().anyMatch(groups::contains))
                        || (record.coAuthors().contains(username) && assessment.getAuthor().equals(task.assignee())))
                .map(OpenTask::id).toList());
        model.addAttribute("quality", quality.of(id));
        model.addAttribute("fileGroups", files.byStepAndVersion(id, username));
        model.addAttribute("citations", citations.of(id, username));
        model.addAttribute("importedDocuments", assessment.isImported() ? imports.documentsOf(id) : List.of());
        boolean isAuthor = username.equals(assessment.getAuthor());
        model.addAttribute("isAuthor", isAuthor);
        model.addAttribute("shareChoices", isAuthor ? shares.choosableCoAuthors(id, username, null) : List.of());
        model.addAttribute("canHandOver", handovers.mayHandOver(assessment, username));
        model.addAttribute("canWithdraw", username.equals(assessment.getAuthor())
                && assessment.getStatus() == AssessmentStatus.IN_PROGRESS);
        return "assessments/record";
    }

    record SubmittedStep(String step, String by, java.time.Instant at, String summary) {
    }
}
