package uk.nhs.eia.training;

import java.time.LocalDate;

/**
 * A person's completed training: a username for staff who sign in, or the name of someone who does not; the
 * session it was at, if any; and whether they may now run sessions themselves (train the trainer).
 */
public record Completion(Long id, Long sessionId, String username, String externalName, LocalDate completedOn,
        LocalDate expiresOn, boolean mayTrain) {
}
