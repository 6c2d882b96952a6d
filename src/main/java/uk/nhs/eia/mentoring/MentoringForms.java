package uk.nhs.eia.mentoring;

/**
 * The mentoring forms and the questions of theirs the programme reads, each named once, so a renamed question is
 * found by the forms' test rather than silently read as unanswered.
 */
public final class MentoringForms {

    public static final String COHORT = "mentoring-cohort";
    public static final String APPLICATION = "mentoring-application";
    public static final String MEETING = "mentoring-meeting";
    public static final String COACHING_REQUEST = "mentoring-coaching-request";
    public static final String CONTRACT = "mentoring-contract";
    public static final String COACHING_CALL = "mentoring-coaching-call";
    public static final String FEEDBACK = "mentoring-feedback";

    public static final String COHORT_NAME = "cohortName";
    public static final String APPLICATIONS_CLOSE = "applicationsClose";
    public static final String PROGRAMME_STARTS = "programmeStarts";
    public static final String MID_POINT = "midPoint";
    public static final String PROGRAMME_ENDS = "programmeEnds";
    public static final String PLACES = "places";

    public static final String APPLICATIONS_CLOSED = "applicationsClosed";
    public static final String PAIRS_CONFIRMED = "pairsConfirmed";

    public static final String SIDE = "mentoringSide";
    public static final String JOB_ROLE = "jobRole";
    public static final String PAY_BAND = "payBand";
    public static final String REVERSE_MENTOR = "reverse-mentor";
    public static final String SENIOR_LEADER = "senior-leader";
    public static final String DIRECTORATE = "workDirectorate";
    public static final String LINE_MANAGER = "lineManager";
    public static final String AVAILABILITY = "availability";
    public static final String GOALS = "mentoringGoals";
    public static final String INTERESTS = "mentoringInterests";
    public static final String CONFIDENCE_BEFORE = "confidenceBefore";
    public static final String UNDERSTANDING_BEFORE = "understandingBefore";
    public static final String PRACTICE_BEFORE = "practiceBefore";
    public static final String SELF_DESCRIPTION = "selfDescription";

    public static final String MEETING_FREQUENCY = "meetingFrequency";
    public static final String MEETING_FORMAT = "meetingFormat";
    public static final String GROUND_RULES = "groundRules";
    public static final String HOPES_TO_LEARN = "hopesToLearn";
    public static final String CONFIDENTIALITY_AGREED = "confidentialityAgreed";

    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_MINUTES = "meetingMinutes";
    public static final String MEETING_TOPICS = "meetingTopics";

    public static final String COACHING_REASON = "coachingReason";
    public static final String CALL_DATE = "callDate";
    public static final String CALL_HELD = "callHeld";
    public static final String HELD = "held";
    public static final String CALL_NOTES = "callNotes";

    public static final String CONFIDENCE = "feedbackConfidence";
    public static final String UNDERSTANDING = "feedbackUnderstanding";
    public static final String PRACTICE = "feedbackPractice";
    public static final String SATISFACTION = "feedbackSatisfaction";
    public static final String COMMENTS = "feedbackComments";

    private MentoringForms() {
    }
}
