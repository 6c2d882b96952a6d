package uk.nhs.eia.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What delegates said, for one session or all of them: how many answered, how many chose each satisfaction score
 * (1 very dissatisfied to 5 very satisfied) and their mean, how many found the pace and the length too little,
 * about right or too much, and what each wrote, question by question.
 */
public record FeedbackReport(int responses, List<Count> satisfaction, BigDecimal meanSatisfaction, List<Count> pace,
        List<Count> length, List<Comments> comments) {

    /** How many chose one answer: the option's value and label, as the form gives them. */
    public record Count(String value, String label, int count) {
    }

    /** What delegates wrote in answer to one optional question, oldest first. */
    public record Comments(String key, String question, List<Comment> answers) {
    }

    /** One delegate's words, and the session they are about. */
    public record Comment(Long sessionId, String sessionTitle, LocalDate heldOn, String text) {
    }
}
