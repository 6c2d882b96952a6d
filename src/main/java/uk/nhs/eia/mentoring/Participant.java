package uk.nhs.eia.mentoring;

import java.util.Objects;
import java.util.Set;

/**
 * Someone in a cohort, as their application survey describes them: whether they take part as a reverse mentor or as
 * a senior leader, their directorate, their line manager (a username, or null), and the times they are free, the goals
 * they have and the interests they would like to talk about, each as the survey's option values.
 */
public record Participant(String username, Side side, String directorate, String lineManager, Set<String> availability,
        Set<String> goals, Set<String> interests) {

    public Participant {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(side, "side");
        availability = Set.copyOf(availability);
        goals = Set.copyOf(goals);
        interests = Set.copyOf(interests);
    }

    /** Whether one of the two manages the other. */
    boolean managesOrIsManagedBy(Participant other) {
        return username.equals(other.lineManager()) || other.username().equals(lineManager);
    }

    /** The two sides of a reciprocal mentoring pair. */
    public enum Side {
        /** A member of staff from an ethnic minority, who mentors a senior leader about their experience. */
        REVERSE_MENTOR,
        /** A senior leader, who listens and learns, and mentors in return. */
        SENIOR_LEADER
    }
}
