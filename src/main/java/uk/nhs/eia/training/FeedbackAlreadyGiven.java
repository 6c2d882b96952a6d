package uk.nhs.eia.training;

/** A delegate gives feedback on a session once; this is the second time. */
public class FeedbackAlreadyGiven extends RuntimeException {

    public FeedbackAlreadyGiven(String username, TrainingSession session) {
        super("%s has already given feedback on \"%s\" on %s; feedback is kept once for each session"
                .formatted(username, session.title(), session.heldOn()));
    }
}
