package uk.nhs.eia.assessment;

import uk.nhs.eia.refusal.Conflict;

/** The change does not fit where the assessment stands now, for example withdrawing one already published. */
public class AssessmentConflict extends Conflict {

    public AssessmentConflict(String message) {
        super("The assessment has moved on", message);
    }
}
