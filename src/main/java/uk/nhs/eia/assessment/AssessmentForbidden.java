package uk.nhs.eia.assessment;

/** The person may see the assessment but not make this change to it. */
public class AssessmentForbidden extends RuntimeException {

    public AssessmentForbidden(String message) {
        super(message);
    }
}
