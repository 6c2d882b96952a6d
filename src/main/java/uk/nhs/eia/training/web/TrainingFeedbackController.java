package uk.nhs.eia.training.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.training.FeedbackRefused;
import uk.nhs.eia.training.TrainingFeedback;
import uk.nhs.eia.training.TrainingFeedback.GivenFeedback;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingSession;

/**
 * Anyone signed in: their EIA training, and a feedback form for each session they attended, rendered and checked by
 * the form engine like a step of an assessment. Once given, the same address shows what they said.
 */
@Controller
class TrainingFeedbackController {

    private final TrainingFeedback feedback;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final TrainingRecords records;

    TrainingFeedbackController(TrainingFeedback feedback, FormRenderer renderer, FormBinder binder, TrainingRecords records) {
        this.feedback = feedback;
        this.records = records;
        this.renderer = renderer;
        this.binder = binder;
    }

    @GetMapping("/training")
    String yourTraining(Principal person, Model model) {
        model.addAttribute("completions", feedback.completionsOf(person.getName()));
        model.addAttribute("status", records.statusOf(person.getName()));
        return "training/yours";
    }

    @GetMapping("/training/sessions/{id}/feedback")
    String form(@PathVariable Long id, Principal person, Model model) {
        TrainingSession session = feedback.mayGive(id, person.getName());
        Optional<GivenFeedback> given = feedback.given(id, person.getName());
        if (given.isPresent()) {
            model.addAttribute("trainingSession", session);
            model.addAttribute("given", given.get());
            model.addAttribute("summary", renderer.renderSummary(feedback.form(), given.get().answers(), null));
            return "training/feedback-given";
        }
        return form(session, feedback.form(), Map.of(), List.of(), model);
    }

    @PostMapping("/training/sessions/{id}/feedback")
    String give(@PathVariable Long id, HttpServletRequest request, Principal person, Model model,
            RedirectAttributes redirect) {
        FormDefinition form = feedback.form();
        Map<String, Object> answers = binder.bind(form, request.getParameterMap());
        try {
            feedback.give(id, person.getName(), answers);
        } catch (FeedbackRefused refused) {
            return form(feedback.mayGive(id, person.getName()), form, answers, refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("justGiven", true);
        return "redirect:/training/sessions/" + id + "/feedback";
    }

    private String form(TrainingSession session, FormDefinition form, Map<String, Object> answers, List<FieldError> errors,
            Model model) {
        model.addAttribute("trainingSession", session);
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, Map.of()));
        return "training/feedback";
    }
}
