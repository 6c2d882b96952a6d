package uk.nhs.eia.tasks;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** A draft with answers of the wrong type or too large to keep, with each field to fix. */
public class DraftRefused extends Invalid {

    public DraftRefused(List<FieldError> errors) {
        super("There is a problem with the draft: " + errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse(""), errors);
    }
}
