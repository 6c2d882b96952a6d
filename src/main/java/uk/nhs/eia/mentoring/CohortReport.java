package uk.nhs.eia.mentoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one cohort, for its report page and its CSV: who applied and who was paired, what the pairs did,
 * the cohort's training, its coaching calls, how participants scored themselves before, at the mid-point and at the
 * end, and how many stayed to the end. Means and percentages are null when there is nothing to take them of.
 */
public record CohortReport(long cohortId, String name, LocalDate applicationsClose, LocalDate programmeStarts,
        LocalDate midPoint, LocalDate programmeEnds, Stage stage, Participation participation, PairCounts pairs,
        Meetings meetings, Training training, CoachingCalls coachingCalls, Scores scores, Retention retention) {

    /**
     * Who applied, counting those who later left: by side and by directorate, against the places offered; how many
     * have been in a confirmed pair (including anyone who left it); how many left, and why, the commonest first.
     */
    public record Participation(int places, int applications, int reverseMentors, int seniorLeaders,
            List<Count> byDirectorate, int paired, int left, List<Count> leftReasons) {
    }

    /** How many gave one answer: the value kept, its label for people, and the count. */
    public record Count(String value, String label, int count) {
    }

    /**
     * The cohort's pairs: proposed but not yet confirmed, running (confirmed and not yet ended), finished, and closed
     * early because someone left and nobody free could take their place; {@code partnersReplaced} counts the times
     * someone who left was replaced by a new partner.
     */
    public record PairCounts(int proposed, int running, int finished, int closedEarly, int partnersReplaced) {

        /** The pairs that were confirmed, whatever happened to them since. */
        public int confirmed() {
            return running + finished + closedEarly;
        }
    }

    /** The meetings pairs logged: how many, their minutes in all and on average, and how many pairs met at least once. */
    public record Meetings(int held, int totalMinutes, BigDecimal averageMinutes, int pairsThatMet) {
    }

    /**
     * The cohort's training sessions, and how many of its participants attended them and were recorded as able to
     * train others (train-the-trainer), each person counted once however many sessions they attended.
     */
    public record Training(List<SessionAttendance> sessions, int participantsAttended, int trainers) {
    }

    /** One of the cohort's training sessions, with how many of the cohort's participants attended and may train. */
    public record SessionAttendance(long sessionId, String title, LocalDate heldOn, int participants, int trainers) {
    }

    /** Coaching calls asked for by pairs, and whether each was held, not held or is still to be recorded. */
    public record CoachingCalls(int requested, int held, int notHeld, int awaiting) {
    }

    /**
     * How participants scored themselves from 1 to 5, before (in their applications), at the mid-point and at the
     * end; satisfaction is asked only in feedback, so it is null before.
     */
    public record Scores(Moment before, Moment midPoint, Moment end) {

        /** Before, mid-point and end in that order, for a table or the lines of a chart. */
        public List<Moment> moments() {
            return List.of(before, midPoint, end);
        }
    }

    /** The mean scores at one moment of the programme, to two decimal places, and how many people answered. */
    public record Moment(String label, int answers, BigDecimal confidence, BigDecimal understanding,
            BigDecimal practice, BigDecimal satisfaction) {
    }

    /**
     * Of the participants in the pairs when they were confirmed, how many had not left the cohort: at its end, or so
     * far while it runs. Partners who joined a pair later are not counted, so the figure is not flattered by them.
     */
    public record Retention(int started, int stayed, BigDecimal percent) {
    }
}
