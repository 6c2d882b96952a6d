package uk.nhs.eia.mentoring;

import java.time.Instant;
import java.util.Map;

/** Someone's application to a cohort: their survey answers, and when and why they left, if they did. */
public record Application(long id, long cohortId, String username, Participant.Side side, String directorate,
        String lineManager, Map<String, Object> answers, Instant appliedAt, Instant leftAt, String leftReason) {

    public boolean left() {
        return leftAt != null;
    }
}
