package uk.nhs.eia.training;

import uk.nhs.eia.refusal.Conflict;

/** A delegate gives feedback on a session once; this is the second time. */
public class FeedbackAlreadyGiven extends Conflict {

    public FeedbackAlreadyGiven(String username, TrainingSession session) {
        super("Feedback already given", "%s has already given feedback on \"%s\" on %s; feedback is kept once for each session"
                .formatted(username, session.title(), session.heldOn()));
    }
}
