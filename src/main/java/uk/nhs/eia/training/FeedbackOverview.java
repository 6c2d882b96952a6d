package uk.nhs.eia.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Feedback across every session, and each session's share of it, newest session first. */
public record FeedbackOverview(FeedbackReport overall, List<SessionFeedback> sessions) {

    /** One session's responses out of its delegates, and their mean satisfaction (null with no responses). */
    public record SessionFeedback(Long sessionId, String title, LocalDate heldOn, int delegates, int responses,
            BigDecimal meanSatisfaction) {
    }
}
