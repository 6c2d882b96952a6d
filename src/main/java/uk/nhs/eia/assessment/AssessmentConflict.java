package uk.nhs.eia.assessment;

/** The change does not fit where the assessment stands now, for example withdrawing one already published. */
public class AssessmentConflict extends RuntimeException {

    public AssessmentConflict(String message) {
        super(message);
    }
}
