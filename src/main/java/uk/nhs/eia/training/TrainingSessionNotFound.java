package uk.nhs.eia.training;

import uk.nhs.eia.refusal.NotFound;

/** There is no training session with this id. */
public class TrainingSessionNotFound extends NotFound {

    public TrainingSessionNotFound(Long id) {
        super("No such training session", "There is no training session " + id);
    }
}
