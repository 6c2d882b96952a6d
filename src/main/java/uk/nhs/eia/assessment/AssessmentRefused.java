package uk.nhs.eia.assessment;

import java.util.List;
import uk.nhs.eia.forms.FieldError;

/** Input about an assessment that cannot be used, with each field to fix. Nothing was changed. */
public class AssessmentRefused extends RuntimeException {

    private final List<FieldError> errors;

    public AssessmentRefused(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("There is a problem"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
