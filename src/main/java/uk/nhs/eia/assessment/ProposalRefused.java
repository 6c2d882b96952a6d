package uk.nhs.eia.assessment;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;

/** A proposal that breaks a rule of the record, named by the field that needs changing. */
public class ProposalRefused extends AssessmentRefused {

    public ProposalRefused(String field, String message) {
        super(List.of(new FieldError(field, message)));
    }
}
