package uk.nhs.eia.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.eia.forms.FormBinder;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormRenderer;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.roles.AdminsOnly;

/**
 * For form authors: any form in {@code forms/} as staff will see it, with the server's checks, error summary and
 * check-your-answers, without starting an assessment.
 */
@Controller
@AdminsOnly
class FormPreviewController {

    private final FormCatalogue forms;
    private final FormRenderer renderer;
    private final FormBinder binder;
    private final FormValidator validator;

    FormPreviewController(FormCatalogue forms, FormRenderer renderer, FormBinder binder, FormValidator validator) {
        this.forms = forms;
        this.renderer = renderer;
        this.binder = binder;
        this.validator = validator;
    }

    @GetMapping("/forms")
    String list(Model model) {
        model.addAttribute("forms", forms.all());
        return "forms/list";
    }

    @GetMapping("/forms/{id}/preview")
    String preview(@PathVariable String id, Model model) {
        return page(form(id), Map.of(), List.of(), model);
    }

    @PostMapping("/forms/{id}/preview")
    String check(@PathVariable String id, @RequestParam(name = "_addRow", required = false) String addRow,
            @RequestParam(name = "_removeRow", required = false) String removeRow, HttpServletRequest request, Model model) {
        FormDefinition form = form(id);
        Map<String, Object> answers = binder.bind(form, request.getParameterMap());
        if (addRow != null) {
            return page(form, binder.withRowAdded(answers, addRow), List.of(), model);
        }
        if (removeRow != null) {
            return page(form, binder.withRowRemoved(answers, removeRow), List.of(), model);
        }
        Validation validation = validator.validate(form, answers, Map.of(), Check.COMPLETE);
        if (!validation.valid()) {
            return page(form, answers, validation.errors(), model);
        }
        model.addAttribute("form", form);
        model.addAttribute("summary", renderer.renderSummary(form, validation.accepted(), "/forms/" + id + "/preview"));
        return "forms/check-answers";
    }

    private String page(FormDefinition form, Map<String, Object> answers, List<FieldError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", renderer.errorSummary(form, errors));
        model.addAttribute("fields", renderer.renderFields(form, answers, errors, Map.of()));
        return "forms/preview";
    }

    private FormDefinition form(String id) {
        return forms.find(id).orElseThrow(() -> new NotFound("No such form", "There is no form " + id));
    }
}
