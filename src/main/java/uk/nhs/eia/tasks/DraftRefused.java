package uk.nhs.eia.tasks;

import java.util.List;
import uk.nhs.eia.forms.FieldError;

/** A draft with answers of the wrong type or too large to keep, with each field to fix. */
public class DraftRefused extends RuntimeException {

    private final List<FieldError> errors;

    public DraftRefused(List<FieldError> errors) {
        super("There is a problem with the draft: " + errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
