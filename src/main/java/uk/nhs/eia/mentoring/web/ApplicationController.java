package uk.nhs.eia.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.mentoring.Applications;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * Applying to a cohort: the application survey, rendered and checked by the form engine. A cohort that takes no
 * application from the person says why instead of offering a form they could not send.
 */
@Controller
class ApplicationController {

    private final Applications applications;
    private final Cohorts cohorts;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final EnglishDates dates;

    ApplicationController(Applications applications, Cohorts cohorts, FormRenderer renderer, FormBinder binder,
            EnglishDates dates) {
        this.applications = applications;
        this.cohorts = cohorts;
        this.renderer = renderer;
        this.binder = binder;
        this.dates = dates;
    }

    @GetMapping("/mentoring/cohorts/{id}/apply")
    String form(@PathVariable long id, Principal person, Model model) {
        return page(cohorts.cohort(id), person.getName(), Map.of(), List.of(), model);
    }

    @PostMapping("/mentoring/cohorts/{id}/apply")
    String apply(@PathVariable long id, HttpServletRequest request, Principal person, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> answers = binder.bind(applications.form(), request.getParameterMap());
        try {
            applications.apply(id, person.getName(), answers);
        } catch (Invalid refused) {
            return page(cohorts.cohort(id), person.getName(), answers, refused.fieldErrors(), model);
        }
        Cohort cohort = cohorts.cohort(id);
        redirect.addFlashAttribute("notice", ("You have applied to \"%s\". When applications close on %s, the programme "
                + "team pairs you with someone; your first step, agreeing your mentoring contract, then shows on your work.")
                .formatted(cohort.name(), dates.date(cohort.applicationsClose())));
        return "redirect:/mentoring/cohorts/" + id;
    }

    private String page(Cohort cohort, String username, Map<String, Object> answers, List<FieldError> errors, Model model) {
        FormDefinition form = applications.form();
        model.addAttribute("cohort", cohort);
        model.addAttribute("whyNot", whyNot(cohort, username));
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, Map.of()));
        return "mentoring/apply";
    }

    /** Why the cohort takes no application from the person now, or null when it does. */
    private String whyNot(Cohort cohort, String username) {
        if (applications.applicationOf(cohort.id(), username).isPresent()) {
            return "You have already applied to \"%s\". Your application is on the cohort's page.".formatted(cohort.name());
        }
        if (!cohort.openForApplications()) {
            return "Applications to \"%s\" have closed. Look out for the next cohort on the programme's page."
                    .formatted(cohort.name());
        }
        if (cohort.full()) {
            return "All %d places in \"%s\" are taken. Look out for the next cohort on the programme's page."
                    .formatted(cohort.places(), cohort.name());
        }
        return null;
    }
}
