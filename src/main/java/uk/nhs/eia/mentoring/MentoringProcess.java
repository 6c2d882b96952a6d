package uk.nhs.eia.mentoring;

/** The reciprocal mentoring process as the service knows it: its key, the steps it reads and the messages it sends. */
public final class MentoringProcess {

    public static final String KEY = "reciprocal-mentoring";

    public static final String CLOSE_APPLICATIONS = "CloseApplications";
    public static final String APPLICATIONS_CLOSE_DATE = "ApplicationsCloseDate";
    public static final String MID_POINT_REACHED = "MidPointReached";
    public static final String PROGRAMME_ENDED = "ProgrammeEnded";
    public static final String AGREE_CONTRACT = "AgreeContract";
    public static final String MID_POINT_FEEDBACK = "MidPointFeedback";
    public static final String END_FEEDBACK = "EndFeedback";
    public static final String SCHEDULE_COACHING_CALL = "ScheduleCoachingCall";
    public static final String CONFIRM_PAIRS = "ConfirmPairs";

    public static final String COACHING_REQUESTED = "mentoring-coaching-requested";
    public static final String PAIR_CLOSED = "mentoring-pair-closed";

    /** The case variables naming the cohort and, within a pair's part of the case, the pair. */
    public static final String COHORT_ID = "cohortId";
    public static final String PAIR_ID = "pairId";

    private MentoringProcess() {
    }
}
