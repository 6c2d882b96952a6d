package uk.nhs.eia.training.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.FeedbackReports;
import uk.nhs.eia.training.TrainingRecords.NewSession;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRefused;

/** Training sessions for eia-admins: add a session, read its delegates and their feedback, import its delegate list. */
@Controller
@AdminsOnly
class TrainingController {

    private final TrainingRecords records;
    private final DelegateImport imports;
    private final FeedbackReports feedback;

    TrainingController(TrainingRecords records, DelegateImport imports, FeedbackReports feedback) {
        this.records = records;
        this.imports = imports;
        this.feedback = feedback;
    }

    @GetMapping("/admin/training")
    String sessions(Model model) {
        model.addAttribute("sessions", records.sessions());
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        model.addAttribute("entered", new Entered("", "", "", "in-person", "180", "20"));
        return "admin/training";
    }

    @PostMapping("/admin/training")
    String addSession(@RequestParam String title, @RequestParam String heldOn, @RequestParam String trainer,
            @RequestParam(required = false) String format, @RequestParam String lengthMinutes, @RequestParam String capacity,
            Principal person, Model model, RedirectAttributes flash) {
        try {
            var session = records.createSession(new NewSession(title, date(heldOn), trainer, format, number(lengthMinutes),
                    number(capacity)), person.getName());
            flash.addFlashAttribute("notice", "Training session added");
            return "redirect:/admin/training/" + session.id();
        } catch (TrainingRefused refused) {
            model.addAttribute("sessions", records.sessions());
            model.addAttribute("errors", refused.errors().stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
            model.addAttribute("fieldErrors", refused.errors().stream()
                    .collect(Collectors.toMap(error -> error.key(), error -> error.message(), (first, second) -> first)));
            model.addAttribute("entered", new Entered(title, heldOn, trainer, format, lengthMinutes, capacity));
            return "admin/training";
        }
    }

    @GetMapping("/admin/training/{id}")
    String session(@PathVariable Long id, Model model) {
        model.addAttribute("errors", List.of());
        return sessionPage(id, model);
    }

    @PostMapping("/admin/training/{id}/import")
    String importDelegates(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, Principal person,
            Model model, RedirectAttributes flash) throws IOException {
        try {
            String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
            int imported = imports.importCsv(csv, id, person.getName());
            flash.addFlashAttribute("notice", imported == 1 ? "1 delegate imported" : imported + " delegates imported");
            return "redirect:/admin/training/" + id;
        } catch (TrainingRefused refused) {
            model.addAttribute("errors", refused.errors());
            return sessionPage(id, model);
        }
    }

    private String sessionPage(Long id, Model model) {
        model.addAttribute("trainingSession", records.session(id));
        model.addAttribute("delegates", records.completionsAt(id));
        model.addAttribute("feedback", feedback.forSession(id));
        return "admin/training-session";
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What the administrator typed, shown back to them as they typed it. */
    record Entered(String title, String heldOn, String trainer, String format, String lengthMinutes, String capacity) {
    }
}
