package uk.nhs.eia.people.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;

/** Field errors as the account pages show them: the error summary's links, and each field's own message. */
final class FieldErrorsOnPage {

    private FieldErrorsOnPage() {
    }

    static void add(List<FieldError> errors, Model model) {
        model.addAttribute("errors", errors.stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
        model.addAttribute("errorFor", errors.stream().collect(Collectors.toMap(FieldError::key, FieldError::message,
                (first, second) -> first)));
    }
}
