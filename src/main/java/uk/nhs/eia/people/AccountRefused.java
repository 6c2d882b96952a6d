package uk.nhs.eia.people;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** An account change that cannot be made, with each field to fix. Nothing was changed. */
public class AccountRefused extends Invalid {

    public AccountRefused(List<FieldError> errors) {
        super(errors);
    }
}
