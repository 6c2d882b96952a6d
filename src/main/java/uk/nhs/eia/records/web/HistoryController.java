package uk.nhs.eia.records.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.records.AssessmentHistories;
import uk.nhs.eia.records.AssessmentHistory;

/** An assessment's full history, and what changed between two versions of one of its steps. */
@Controller
class HistoryController {

    private final AssessmentHistories histories;

    HistoryController(AssessmentHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/assessments/{id}/history")
    String history(@PathVariable Long id, Principal person, Model model) {
        model.addAttribute("history", histories.of(id, person.getName()));
        return "assessments/history";
    }

    @GetMapping("/assessments/{id}/history/diff")
    String diff(@PathVariable Long id, @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
            Principal person, Model model) {
        AssessmentHistory history = histories.of(id, person.getName());
        model.addAttribute("history", history);
        try {
            if (from == null || to == null) {
                throw new AssessmentRefused(List.of(new uk.nhs.eia.refusal.FieldError(from == null ? "from" : "to",
                        "Choose the two versions to compare")));
            }
            model.addAttribute("changes", histories.diff(id, from, to, person.getName()));
            model.addAttribute("from", version(history, from));
            model.addAttribute("to", version(history, to));
            model.addAttribute("errors", List.of());
        } catch (AssessmentRefused refused) {
            model.addAttribute("changes", List.of());
            model.addAttribute("errors", refused.fieldErrors().stream().map(error -> new ErrorLink(error.message(), "versions")).toList());
        }
        return "assessments/diff";
    }

    private static AssessmentHistory.Version version(AssessmentHistory history, Long submissionId) {
        return history.steps().stream().flatMap(step -> step.versions().stream())
                .filter(version -> version.submissionId().equals(submissionId)).findFirst().orElseThrow();
    }
}
