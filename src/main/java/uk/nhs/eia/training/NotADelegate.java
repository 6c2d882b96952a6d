package uk.nhs.eia.training;

import uk.nhs.eia.refusal.Forbidden;

/** Someone with no completion recorded at a session asked to give feedback on it. */
public class NotADelegate extends Forbidden {

    public NotADelegate(String username, TrainingSession session) {
        super("Not a delegate of this session", "%s is not recorded as a delegate of \"%s\" on %s, so cannot give feedback on it; ask the equality team to record your attendance"
                .formatted(username, session.title(), session.heldOn()));
    }
}
