package uk.nhs.eia.assessment;

import java.util.List;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.refusal.FieldError;

/** A proposal that breaks a rule of the record, named by the question whose answer needs changing. */
public class ProposalRefused extends AssessmentRefused {

    public ProposalRefused(Question question, String message) {
        super(List.of(new FieldError(question.key(), message)));
    }
}
