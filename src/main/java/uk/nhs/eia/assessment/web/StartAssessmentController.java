package uk.nhs.eia.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AuthorTraining;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.roles.Groups;

/** "Start an assessment": the proposal-details form, checked like every other start. */
@Controller
class StartAssessmentController {


    private final AssessmentCommands commands;
    private final FormCatalogue forms;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final People people;
    private final AuthorTraining training;

    StartAssessmentController(AssessmentCommands commands, FormCatalogue forms, FormRenderer renderer, FormBinder binder,
            People people, AuthorTraining training) {
        this.commands = commands;
        this.forms = forms;
        this.renderer = renderer;
        this.binder = binder;
        this.people = people;
        this.training = training;
    }

    @GetMapping("/assessments/new")
    String show(Principal person, Model model) {
        if (!people.groupsOf(person.getName()).contains(Groups.AUTHORS)) {
            throw new AssessmentForbidden("Only EIA authors can start an assessment");
        }
        model.addAttribute("untrained", !training.checkStart(person.getName()).trained());
        return page(Map.of(), List.of(), model);
    }

    @PostMapping("/assessments/new")
    String start(HttpServletRequest request, Principal person, Model model, RedirectAttributes redirect) {
        Map<String, Object> answers = binder.bind(form(), request.getParameterMap());
        try {
            AssessmentView assessment = commands.start(person.getName(), answers);
            redirect.addFlashAttribute("notice", "%s started. Your first step is screening.".formatted(assessment.getReference()));
            return "redirect:/assessments/" + assessment.getId();
        } catch (Invalid refused) {
            model.addAttribute("untrained", !training.checkStart(person.getName()).trained());
            return page(answers, refused.fieldErrors(), model);
        }
    }

    private String page(Map<String, Object> answers, List<FieldError> errors, Model model) {
        FormDefinition form = form();
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, Map.of()));
        return "assessments/new";
    }

    private FormDefinition form() {
        return forms.find(Step.PROPOSAL_DETAILS.formId()).orElseThrow();
    }
}
