package uk.nhs.eia.tasks;

import java.util.List;
import uk.nhs.eia.forms.FieldError;

/** A step's answers that did not pass the form's checks, with each field to fix. */
public class StepRefused extends RuntimeException {

    private final List<FieldError> errors;

    public StepRefused(List<FieldError> errors) {
        super("There is a problem with the answers");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
