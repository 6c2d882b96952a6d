package uk.nhs.eia.assessment;

import uk.nhs.eia.refusal.Forbidden;

/** The person may see the assessment but not make this change to it. */
public class AssessmentForbidden extends Forbidden {

    public AssessmentForbidden(String message) {
        super("You do not have permission to do this", message);
    }
}
