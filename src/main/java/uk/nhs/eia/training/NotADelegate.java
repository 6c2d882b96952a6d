package uk.nhs.eia.training;

/** Someone with no completion recorded at a session asked to give feedback on it. */
public class NotADelegate extends RuntimeException {

    public NotADelegate(String username, TrainingSession session) {
        super("%s is not recorded as a delegate of \"%s\" on %s, so cannot give feedback on it; ask the equality team to record your attendance"
                .formatted(username, session.title(), session.heldOn()));
    }
}
