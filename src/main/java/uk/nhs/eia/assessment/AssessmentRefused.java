package uk.nhs.eia.assessment;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** Input about an assessment that cannot be used, with each field to fix. Nothing was changed. */
public class AssessmentRefused extends Invalid {

    public AssessmentRefused(List<FieldError> errors) {
        super(errors);
    }
}
