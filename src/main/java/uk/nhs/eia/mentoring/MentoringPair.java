package uk.nhs.eia.mentoring;

import java.time.Instant;

/** A pair of a cohort, proposed, confirmed, closed early or finished. */
public record MentoringPair(long id, long cohortId, String mentor, String leader, int score, Status status,
        Instant contractAgreedAt, String closedReason) {

    public boolean hasMember(String username) {
        return mentor.equals(username) || leader.equals(username);
    }

    public String partnerOf(String username) {
        return mentor.equals(username) ? leader : mentor;
    }

    /** Where a pair is. */
    public enum Status {
        PROPOSED, CONFIRMED, CLOSED, FINISHED
    }
}
