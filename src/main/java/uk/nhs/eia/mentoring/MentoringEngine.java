package uk.nhs.eia.mentoring;

import java.util.Map;

/** What the programme asks of the process engine that runs each cohort as a case. */
public interface MentoringEngine {

    /**
     * Starts a cohort's case with the answers to its start form, as the person opening it, checked like every other
     * start; the new cohort's id.
     */
    long openCohort(Map<String, Object> answers, String username);

    /** Tells the pair's part of the case that the pair asked for a coaching call, so a coach is given the step. */
    void coachingRequested(String processInstanceId, long pairId);

    /** Ends the pair's part of the case early, taking their open steps away. */
    void pairClosed(String processInstanceId, long pairId);

    /** Gives the open steps of someone who left their pair to the person who took their place. */
    void memberReplaced(String processInstanceId, long pairId, String leaver, String newcomer);
}
