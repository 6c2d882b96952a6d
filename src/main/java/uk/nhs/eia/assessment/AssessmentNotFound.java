package uk.nhs.eia.assessment;

import uk.nhs.eia.refusal.NotFound;

/** No assessment has this id. */
public class AssessmentNotFound extends NotFound {

    public AssessmentNotFound(Long id) {
        super("No such assessment", "There is no assessment with the id " + id);
    }
}
