package uk.nhs.eia.contract;

import java.util.Optional;

/**
 * The questions of the forms whose answers the Java code reads or writes, each with the form it is on and its key
 * there. Code names an answer through this type, never by its key, and start-up checks that every form still asks
 * each question where this says: a column of its dynamic list, or a question of the form itself. A question only
 * the form engine handles (checks, shows, keeps) need not be here. The questions about each rated group are in
 * {@link ImpactGroup}.
 */
public enum Question {

    // --- Proposal details: the start form, copied onto the record ---

    /** The proposal's title, as the register lists it. */
    TITLE(Step.PROPOSAL_DETAILS, "title"),
    /** What kind of proposal it is (a policy, a service change...): the rubric and screening use it. */
    PROPOSAL_TYPE(Step.PROPOSAL_DETAILS, "proposalType"),
    /** Whether the proposal is new, a review, a reduction or a removal. */
    CHANGE_KIND(Step.PROPOSAL_DETAILS, "changeKind"),
    /** The directorate whose proposal it is, by code; who may read the record follows from it. */
    DIRECTORATE(Step.PROPOSAL_DETAILS, "directorate"),
    /** The team within the directorate. */
    TEAM(Step.PROPOSAL_DETAILS, "team"),
    /** What the proposal sets out to do. */
    PROPOSAL_AIMS(Step.PROPOSAL_DETAILS, "aims"),
    /** Who the proposal affects: staff, patients, carers, the public, partners. */
    AFFECTED_PEOPLE(Step.PROPOSAL_DETAILS, "affectedPeople"),
    /** The username of the approver who will sign the assessment off; never the author. */
    DECISION_MAKER(Step.PROPOSAL_DETAILS, "decisionMaker"),
    /** When the decision will be made: the assessment must be finished before it. */
    PLANNED_DECISION_DATE(Step.PROPOSAL_DETAILS, "plannedDecisionDate"),

    // --- Screening: the screening decision reads these ---

    /** Whether the proposal affects people at all. */
    AFFECTS_PEOPLE(Step.SCREENING, "affectsPeople"),
    /** Whether groups could be affected differently. */
    DIFFERENTIAL_IMPACT(Step.SCREENING, "differentialImpact"),
    /** Whether it affects large numbers of people, or has a substantial effect on particular groups. */
    SUBSTANTIAL_EFFECT(Step.SCREENING, "substantialEffect"),
    /** Whether there is a known inequality or public concern in the area. */
    KNOWN_INEQUALITY(Step.SCREENING, "knownInequality"),
    /** How vulnerable the people affected are. */
    VULNERABILITY(Step.SCREENING, "vulnerability"),
    /** How likely it is that a group will be disadvantaged, as a score the screening decision multiplies. */
    RISK_LIKELIHOOD(Step.SCREENING, "riskLikelihood"),
    /** How serious the disadvantage would be, as a score the screening decision multiplies. */
    RISK_IMPACT(Step.SCREENING, "riskImpact"),
    /** The author's explanation of their screening answers. */
    SCREENING_RATIONALE(Step.SCREENING, "screeningRationale"),

    // --- Confirm screening-out: an equality lead agrees, or sends it back ---

    /** Whether the equality lead agrees that no full assessment is needed. */
    SCREENING_OUT_DECISION(Step.CONFIRM_SCREENING_OUT, "screeningOutDecision"),
    /** When a screened-out proposal is looked at again. */
    SCREENING_REVIEW_DATE(Step.CONFIRM_SCREENING_OUT, "screeningReviewDate"),
    /** What the author must look at again, when the equality lead sends screening back. */
    SCREENING_OUT_COMMENT(Step.CONFIRM_SCREENING_OUT, "screeningOutComment"),

    // --- Evidence and engagement ---

    /** The evidence the assessment draws on, one row per source. */
    EVIDENCE_SOURCES(Step.EVIDENCE_AND_ENGAGEMENT, "evidenceSources"),
    /** What kind of source it is: local data, published research, complaints... */
    EVIDENCE_SOURCE_TYPE(EVIDENCE_SOURCES, "sourceType"),
    /** Where the source can be found. */
    EVIDENCE_SOURCE_REFERENCE(EVIDENCE_SOURCES, "sourceReference"),
    /** Which groups the source says something about. */
    EVIDENCE_SOURCE_GROUPS(EVIDENCE_SOURCES, "groupsInformed"),
    /** What the evidence does not tell, and how the gap will be filled. */
    EVIDENCE_GAPS(Step.EVIDENCE_AND_ENGAGEMENT, "evidenceGaps"),
    /** Whether the author engaged with the people affected. */
    ENGAGEMENT_UNDERTAKEN(Step.EVIDENCE_AND_ENGAGEMENT, "engagementUndertaken"),
    /** The engagement done, one row per activity. */
    ENGAGEMENT_ACTIVITIES(Step.EVIDENCE_AND_ENGAGEMENT, "engagementActivities"),
    /** What the activity was: a forum, a survey, a meeting... */
    ENGAGEMENT_ACTIVITY(ENGAGEMENT_ACTIVITIES, "activity"),
    /** When it took place. */
    ENGAGEMENT_ACTIVITY_DATE(ENGAGEMENT_ACTIVITIES, "activityDate"),
    /** Which groups it reached. */
    ENGAGEMENT_GROUPS_REACHED(ENGAGEMENT_ACTIVITIES, "groupsReached"),
    /** What the author heard. */
    ENGAGEMENT_ACTIVITY_SUMMARY(ENGAGEMENT_ACTIVITIES, "activitySummary"),
    /** How the proposal changed because of what people said. */
    CONSULTATION_CHANGES(Step.EVIDENCE_AND_ENGAGEMENT, "consultationChanges"),
    /** Why there was no engagement, when there was none. */
    NO_ENGAGEMENT_REASON(Step.EVIDENCE_AND_ENGAGEMENT, "noEngagementReason"),

    // --- Impact assessment, besides the questions about each group ---

    /**
     * Whether the proposal will help the first aim of the equality duty: eliminating discrimination, harassment and
     * victimisation.
     */
    AIM_ELIMINATE_DISCRIMINATION(Step.IMPACT_ASSESSMENT, "aimEliminateDiscrimination"),
    /** Why, for the first aim. */
    AIM_ELIMINATE_DISCRIMINATION_COMMENT(Step.IMPACT_ASSESSMENT, "aimEliminateDiscriminationComment"),
    /** Whether it will help the second aim: advancing equality of opportunity. */
    AIM_ADVANCE_EQUALITY(Step.IMPACT_ASSESSMENT, "aimAdvanceEquality"),
    /** Why, for the second aim. */
    AIM_ADVANCE_EQUALITY_COMMENT(Step.IMPACT_ASSESSMENT, "aimAdvanceEqualityComment"),
    /** Whether it will help the third aim: fostering good relations between groups. */
    AIM_FOSTER_RELATIONS(Step.IMPACT_ASSESSMENT, "aimFosterRelations"),
    /** Why, for the third aim. */
    AIM_FOSTER_RELATIONS_COMMENT(Step.IMPACT_ASSESSMENT, "aimFosterRelationsComment"),
    /** Whether it will reduce inequalities in access to services: the first health-inequality question. */
    ACCESS_IMPACT(Step.IMPACT_ASSESSMENT, "accessImpact"),
    /** Why, for access. */
    ACCESS_COMMENT(Step.IMPACT_ASSESSMENT, "accessComment"),
    /** Whether it will reduce inequalities in health outcomes: the second health-inequality question. */
    OUTCOMES_IMPACT(Step.IMPACT_ASSESSMENT, "outcomesImpact"),
    /** Why, for outcomes. */
    OUTCOMES_COMMENT(Step.IMPACT_ASSESSMENT, "outcomesComment"),
    /** How groups that overlap, or several changes together, are affected. */
    INTERSECTIONAL_IMPACT(Step.IMPACT_ASSESSMENT, "intersectionalImpact"),
    /** The author's human rights considerations. */
    HUMAN_RIGHTS(Step.IMPACT_ASSESSMENT, "humanRights"),

    // --- Action plan and outcome ---

    /** The action plan, one row per action. */
    ACTIONS(Step.ACTION_PLAN_AND_OUTCOME, "actions"),
    /** What will be done; it names the group it is for. */
    ACTION(ACTIONS, "action"),
    /** Who will do it. */
    ACTION_OWNER(ACTIONS, "owner"),
    /** When it is due. */
    ACTION_DUE_DATE(ACTIONS, "dueDate"),
    /** How the owner will know it worked. */
    ACTION_SUCCESS_MEASURE(ACTIONS, "successMeasure"),
    /** Whether it is not started, in progress or done. */
    ACTION_STATUS(ACTIONS, "status"),
    /** What the assessment concludes: no major change, adjust, continue despite the impact, or stop. */
    OUTCOME(Step.ACTION_PLAN_AND_OUTCOME, "outcome"),
    /** Why the proposal continues despite an adverse impact, when that is the outcome. */
    JUSTIFICATION(Step.ACTION_PLAN_AND_OUTCOME, "justification"),
    /** The summary the public register shows. */
    SUMMARY(Step.ACTION_PLAN_AND_OUTCOME, "summary"),
    /** When the published assessment is reviewed. */
    REVIEW_DATE(Step.ACTION_PLAN_AND_OUTCOME, "reviewDate"),
    /** How the impact will be monitored. */
    MONITORING(Step.ACTION_PLAN_AND_OUTCOME, "monitoring"),

    // --- Quality review: an equality lead rates each area and accepts or returns ---

    /** The equality lead's rating of the evidence. */
    RATING_EVIDENCE(Step.QUALITY_REVIEW, "ratingEvidence"),
    /** Their rating of the engagement. */
    RATING_ENGAGEMENT(Step.QUALITY_REVIEW, "ratingEngagement"),
    /** Their rating of the impact assessment. */
    RATING_IMPACT(Step.QUALITY_REVIEW, "ratingImpact"),
    /** Their rating of the action plan. */
    RATING_ACTIONS(Step.QUALITY_REVIEW, "ratingActions"),
    /** Their rating of the outcome. */
    RATING_OUTCOME(Step.QUALITY_REVIEW, "ratingOutcome"),
    /** Whether the equality lead accepts the assessment or returns it to the author. */
    QUALITY_REVIEW_DECISION(Step.QUALITY_REVIEW, "qualityReviewDecision"),
    /** Which step a returned assessment goes back to. */
    QUALITY_REVIEW_RETURN_TO(Step.QUALITY_REVIEW, "returnTo"),
    /** What the author must change, when the equality lead returns the assessment. */
    QUALITY_REVIEW_RETURN_COMMENTS(Step.QUALITY_REVIEW, "returnComments"),

    // --- Sign-off: the decision-maker approves, returns or rejects ---

    /** Whether the decision-maker approves, returns or rejects the proposal. */
    SIGN_OFF_DECISION(Step.SIGN_OFF, "signOffDecision"),
    /** The decision-maker's statement that they paid due regard to the assessment; the published page quotes it. */
    DUE_REGARD_ATTESTATION(Step.SIGN_OFF, "dueRegardAttestation"),
    /** Which step a returned assessment goes back to. */
    SIGN_OFF_RETURN_TO(Step.SIGN_OFF, "returnTo"),
    /** The decision-maker's reasons, which the published page shows. */
    SIGN_OFF_COMMENTS(Step.SIGN_OFF, "signOffComments"),

    // --- Review of a published assessment ---

    /** Whether the actions of the plan worked. */
    ACTIONS_WORKED(Step.REVIEW, "actionsWorked"),
    /** Whether the impacts differ from those the assessment foresaw. */
    IMPACTS_AS_FORESEEN(Step.REVIEW, "impactsAsForeseen"),
    /** Whether the assessment is confirmed, with a new review date, or reassessed as a new version. */
    REVIEW_DECISION(Step.REVIEW, "reviewDecision"),
    /** When the confirmed assessment is next reviewed. */
    NEXT_REVIEW_DATE(Step.REVIEW, "reviewDate"),

    // --- Training feedback: a delegate's view of a session, outside the assessment process ---

    /** How satisfied the delegate was with the session, from "1" to "5". */
    SATISFACTION(Question.TRAINING_FEEDBACK_FORM, "satisfaction"),
    /** Whether the session went too slowly, about right or too fast. */
    PACE(Question.TRAINING_FEEDBACK_FORM, "pace"),
    /** Whether the session was too short, about right or too long. */
    LENGTH(Question.TRAINING_FEEDBACK_FORM, "length");

    /** The id of the form delegates give feedback on a training session with; it belongs to no step. */
    public static final String TRAINING_FEEDBACK_FORM = "training-feedback";

    private final String formId;
    private final Step step;
    private final Question list;
    private final String key;

    Question(Step step, String key) {
        this(step.formId(), step, null, key);
    }

    Question(String formId, String key) {
        this(formId, null, null, key);
    }

    /** A column of the dynamic list {@code list}: its key is the key inside each row. */
    Question(Question list, String key) {
        this(list.formId, list.step, list, key);
    }

    Question(String formId, Step step, Question list, String key) {
        this.formId = formId;
        this.step = step;
        this.list = list;
        this.key = key;
    }

    /** The key the answer has in a submission, or, for a column, in each row of its list. */
    public String key() {
        return key;
    }

    /** The id of the form that asks it. */
    public String formId() {
        return formId;
    }

    /** The step whose form asks it; empty for a form outside the assessment process. */
    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    /** For a column of a dynamic list, the list; empty for a question of the form itself. */
    public Optional<Question> list() {
        return Optional.ofNullable(list);
    }
}
