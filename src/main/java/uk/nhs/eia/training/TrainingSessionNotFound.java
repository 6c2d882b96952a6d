package uk.nhs.eia.training;

/** There is no training session with this id. */
public class TrainingSessionNotFound extends RuntimeException {

    public TrainingSessionNotFound(Long id) {
        super("There is no training session " + id);
    }
}
