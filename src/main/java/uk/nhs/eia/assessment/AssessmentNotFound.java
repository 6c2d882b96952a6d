package uk.nhs.eia.assessment;

/** No assessment has this id. */
public class AssessmentNotFound extends RuntimeException {

    public AssessmentNotFound(Long id) {
        super("There is no assessment with the id " + id);
    }
}
