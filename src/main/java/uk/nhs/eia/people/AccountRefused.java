package uk.nhs.eia.people;

import java.util.List;
import uk.nhs.eia.forms.FieldError;

/** An account change that cannot be made, with each field to fix. Nothing was changed. */
public class AccountRefused extends RuntimeException {

    private final List<FieldError> errors;

    public AccountRefused(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("There is a problem"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
