package uk.nhs.eia.training;

import java.util.List;
import uk.nhs.eia.forms.FieldError;

/** Feedback the training-feedback form does not accept: every error at once, each naming its field. */
public class FeedbackRefused extends RuntimeException {

    private final transient List<FieldError> errors;

    public FeedbackRefused(List<FieldError> errors) {
        super(errors.isEmpty() ? "Refused" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
