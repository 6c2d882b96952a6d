package uk.nhs.eia.mentoring;

import java.util.HashSet;
import java.util.Set;

/**
 * How well a reverse mentor and a senior leader would fit as a pair, from their application surveys; the programme's
 * one rule for it (decision 0063).
 *
 * <p>They may not be paired when either is the other's line manager (the programme asks both to speak freely), or
 * when they share no time they are free (a pair that cannot meet is no pair). Otherwise the score adds
 * {@value #PER_SHARED_TIME} for each time both are free, {@value #PER_SHARED_GOAL} for each goal they share,
 * {@value #PER_SHARED_INTEREST} for each interest they share, and {@value #FOR_DIFFERENT_DIRECTORATES} when they work
 * in different directorates, where a leader hears about a part of the trust they do not run.
 */
public final class Compatibility {

    public static final int PER_SHARED_TIME = 3;
    public static final int PER_SHARED_GOAL = 2;
    public static final int PER_SHARED_INTEREST = 1;
    public static final int FOR_DIFFERENT_DIRECTORATES = 2;

    private Compatibility() {
    }

    /** Why the two may not be paired, or null when they may. */
    public static String whyNot(Participant mentor, Participant leader) {
        if (mentor.side() == leader.side()) {
            return "both take part as " + (mentor.side() == Participant.Side.REVERSE_MENTOR ? "reverse mentors" : "senior leaders");
        }
        if (mentor.managesOrIsManagedBy(leader)) {
            return "one is the other's line manager";
        }
        if (shared(mentor.availability(), leader.availability()) == 0) {
            return "they share no time they are free";
        }
        return null;
    }

    /** The pair's score, for two who may be paired. */
    public static int score(Participant mentor, Participant leader) {
        return PER_SHARED_TIME * shared(mentor.availability(), leader.availability())
                + PER_SHARED_GOAL * shared(mentor.goals(), leader.goals())
                + PER_SHARED_INTEREST * shared(mentor.interests(), leader.interests())
                + (mentor.directorate() != null && leader.directorate() != null
                        && !mentor.directorate().equals(leader.directorate()) ? FOR_DIFFERENT_DIRECTORATES : 0);
    }

    private static int shared(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>(one);
        both.retainAll(other);
        return both.size();
    }
}
