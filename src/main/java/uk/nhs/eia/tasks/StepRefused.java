package uk.nhs.eia.tasks;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** A step's answers that did not pass the form's checks, with each field to fix. */
public class StepRefused extends Invalid {

    public StepRefused(List<FieldError> errors) {
        super("There is a problem with the answers", errors);
    }
}
