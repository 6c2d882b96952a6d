package uk.nhs.eia.training;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** Feedback the training-feedback form does not accept: every error at once, each naming its field. */
public class FeedbackRefused extends Invalid {

    public FeedbackRefused(List<FieldError> errors) {
        super(errors);
    }
}
