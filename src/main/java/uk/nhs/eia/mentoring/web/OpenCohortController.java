package uk.nhs.eia.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.MentoringEngine;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * "Open a cohort", for programme leads: the cohort's start form, submitted to the engine like any other start, so
 * the form's own checks and the cohort's date order (checked as the case starts) come back as one error summary.
 */
@Controller
class OpenCohortController {

    private final MentoringEngine engine;
    private final Cohorts cohorts;
    private final MentoringAccess access;
    private final FormCatalogue forms;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final EnglishDates dates;

    OpenCohortController(MentoringEngine engine, Cohorts cohorts, MentoringAccess access, FormCatalogue forms,
            FormRenderer renderer, FormBinder binder, EnglishDates dates) {
        this.engine = engine;
        this.cohorts = cohorts;
        this.access = access;
        this.forms = forms;
        this.renderer = renderer;
        this.binder = binder;
        this.dates = dates;
    }

    @GetMapping("/mentoring/cohorts/new")
    String show(Principal person, Model model) {
        access.checkLead(person.getName());
        return page(Map.of(), List.of(), model);
    }

    @PostMapping("/mentoring/cohorts/new")
    String open(HttpServletRequest request, Principal person, Model model, RedirectAttributes redirect) {
        access.checkLead(person.getName());
        Map<String, Object> answers = binder.bind(form(), request.getParameterMap());
        try {
            Cohort cohort = cohorts.cohort(engine.openCohort(answers, person.getName()));
            redirect.addFlashAttribute("notice", "You opened \"%s\". Staff can apply until %s."
                    .formatted(cohort.name(), dates.date(cohort.applicationsClose())));
            return "redirect:/mentoring/cohorts/" + cohort.id();
        } catch (Invalid refused) {
            return page(answers, refused.fieldErrors(), model);
        }
    }

    private String page(Map<String, Object> answers, List<FieldError> errors, Model model) {
        FormDefinition form = form();
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, Map.of()));
        return "mentoring/open-cohort";
    }

    private FormDefinition form() {
        return forms.find(MentoringForms.COHORT)
                .orElseThrow(() -> new IllegalStateException("The form " + MentoringForms.COHORT + " is not deployed"));
    }
}
