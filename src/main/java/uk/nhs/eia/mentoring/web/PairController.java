package uk.nhs.eia.mentoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
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
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringAccess;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.PairActivity;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/**
 * A pair's page, for its two members and programme leads: the pair, its meetings and coaching calls, and, while the
 * pair runs, the forms its members log a meeting and ask for a coaching call with. Each form is the form engine's, so
 * it is checked like any step; a refused one shows the page again with what to fix and what was typed.
 */
@Controller
class PairController {

    private final Pairs pairs;
    private final PairActivity activity;
    private final Cohorts cohorts;
    private final MentoringAccess access;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final EnglishDates dates;

    PairController(Pairs pairs, PairActivity activity, Cohorts cohorts, MentoringAccess access, FormRenderer renderer,
            FormBinder binder, EnglishDates dates) {
        this.pairs = pairs;
        this.activity = activity;
        this.cohorts = cohorts;
        this.access = access;
        this.renderer = renderer;
        this.binder = binder;
        this.dates = dates;
    }

    @GetMapping("/mentoring/pairs/{id}")
    String pair(@PathVariable long id, Principal person, Model model) {
        MentoringPair pair = seen(id, person);
        return page(pair, person.getName(), Sent.NOTHING, model);
    }

    @PostMapping("/mentoring/pairs/{id}/meetings")
    String logMeeting(@PathVariable long id, HttpServletRequest request, Principal person, Model model,
            RedirectAttributes redirect) {
        MentoringPair pair = seen(id, person);
        Map<String, Object> answers = binder.bind(activity.form(MentoringForms.MEETING), request.getParameterMap());
        try {
            activity.logMeeting(id, person.getName(), answers);
        } catch (Invalid refused) {
            return page(pair, person.getName(), new Sent(MentoringForms.MEETING, answers, refused.fieldErrors()), model);
        }
        redirect.addFlashAttribute("notice", "Your meeting on %s is logged."
                .formatted(dates.date(LocalDate.parse(String.valueOf(answers.get(MentoringForms.MEETING_DATE))))));
        return "redirect:/mentoring/pairs/" + id;
    }

    @PostMapping("/mentoring/pairs/{id}/coaching")
    String requestCoaching(@PathVariable long id, HttpServletRequest request, Principal person, Model model,
            RedirectAttributes redirect) {
        MentoringPair pair = seen(id, person);
        Map<String, Object> answers = binder.bind(activity.form(MentoringForms.COACHING_REQUEST), request.getParameterMap());
        try {
            activity.requestCoaching(id, person.getName(), answers);
        } catch (Invalid refused) {
            return page(pair, person.getName(), new Sent(MentoringForms.COACHING_REQUEST, answers, refused.fieldErrors()), model);
        }
        redirect.addFlashAttribute("notice", "You have asked for a coaching call. A coach will arrange it with you both.");
        return "redirect:/mentoring/pairs/" + id;
    }

    private MentoringPair seen(long id, Principal person) {
        MentoringPair pair = pairs.pair(id);
        access.checkMaySee(pair, person.getName());
        return pair;
    }

    private String page(MentoringPair pair, String username, Sent sent, Model model) {
        boolean member = pair.hasMember(username);
        model.addAttribute("pair", pair);
        model.addAttribute("member", member);
        model.addAttribute("cohort", cohorts.cohort(pair.cohortId()));
        model.addAttribute("meetings", activity.meetingsOf(pair.id()));
        model.addAttribute("calls", activity.callsOf(pair.id()));
        boolean running = member && pair.status() == MentoringPair.Status.CONFIRMED;
        model.addAttribute("running", running);
        FormDefinition meeting = activity.form(MentoringForms.MEETING);
        FormDefinition coaching = activity.form(MentoringForms.COACHING_REQUEST);
        model.addAttribute("errors", renderer.errorSummary(sent.formId().equals(MentoringForms.COACHING_REQUEST) ? coaching : meeting,
                sent.errors()));
        if (running) {
            model.addAttribute("meetingFields", fields(meeting, sent));
            model.addAttribute("coachingFields", fields(coaching, sent));
        }
        return "mentoring/pair";
    }

    /** The form as sent, with its errors, when it is the one sent; otherwise empty. */
    private String fields(FormDefinition form, Sent sent) {
        boolean thisOne = form.id().equals(sent.formId());
        return renderer.renderFields(form, thisOne ? sent.answers() : Map.of(), thisOne ? sent.errors() : List.of(), Map.of());
    }

    /** Which of the page's forms was sent, what it held and what was refused. */
    private record Sent(String formId, Map<String, Object> answers, List<FieldError> errors) {

        static final Sent NOTHING = new Sent("", Map.of(), List.of());
    }
}
