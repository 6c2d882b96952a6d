package uk.nhs.eia.demo;

import static uk.nhs.eia.contract.Question.ACCESS_COMMENT;
import static uk.nhs.eia.contract.Question.ACCESS_IMPACT;
import static uk.nhs.eia.contract.Question.ACTION;
import static uk.nhs.eia.contract.Question.ACTIONS;
import static uk.nhs.eia.contract.Question.ACTIONS_WORKED;
import static uk.nhs.eia.contract.Question.ACTION_DUE_DATE;
import static uk.nhs.eia.contract.Question.ACTION_OWNER;
import static uk.nhs.eia.contract.Question.ACTION_STATUS;
import static uk.nhs.eia.contract.Question.ACTION_SUCCESS_MEASURE;
import static uk.nhs.eia.contract.Question.AFFECTED_PEOPLE;
import static uk.nhs.eia.contract.Question.AFFECTS_PEOPLE;
import static uk.nhs.eia.contract.Question.AIM_ADVANCE_EQUALITY;
import static uk.nhs.eia.contract.Question.AIM_ADVANCE_EQUALITY_COMMENT;
import static uk.nhs.eia.contract.Question.AIM_ELIMINATE_DISCRIMINATION;
import static uk.nhs.eia.contract.Question.AIM_ELIMINATE_DISCRIMINATION_COMMENT;
import static uk.nhs.eia.contract.Question.AIM_FOSTER_RELATIONS;
import static uk.nhs.eia.contract.Question.AIM_FOSTER_RELATIONS_COMMENT;
import static uk.nhs.eia.contract.Question.CHANGE_KIND;
import static uk.nhs.eia.contract.Question.CONSULTATION_CHANGES;
import static uk.nhs.eia.contract.Question.DECISION_MAKER;
import static uk.nhs.eia.contract.Question.DIFFERENTIAL_IMPACT;
import static uk.nhs.eia.contract.Question.DIRECTORATE;
import static uk.nhs.eia.contract.Question.DUE_REGARD_ATTESTATION;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_ACTIVITIES;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_ACTIVITY;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_ACTIVITY_DATE;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_ACTIVITY_SUMMARY;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_GROUPS_REACHED;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_UNDERTAKEN;
import static uk.nhs.eia.contract.Question.EVIDENCE_GAPS;
import static uk.nhs.eia.contract.Question.EVIDENCE_SOURCES;
import static uk.nhs.eia.contract.Question.EVIDENCE_SOURCE_GROUPS;
import static uk.nhs.eia.contract.Question.EVIDENCE_SOURCE_REFERENCE;
import static uk.nhs.eia.contract.Question.EVIDENCE_SOURCE_TYPE;
import static uk.nhs.eia.contract.Question.HUMAN_RIGHTS;
import static uk.nhs.eia.contract.Question.IMPACTS_AS_FORESEEN;
import static uk.nhs.eia.contract.Question.INTERSECTIONAL_IMPACT;
import static uk.nhs.eia.contract.Question.KNOWN_INEQUALITY;
import static uk.nhs.eia.contract.Question.MONITORING;
import static uk.nhs.eia.contract.Question.NEXT_REVIEW_DATE;
import static uk.nhs.eia.contract.Question.OUTCOME;
import static uk.nhs.eia.contract.Question.OUTCOMES_COMMENT;
import static uk.nhs.eia.contract.Question.OUTCOMES_IMPACT;
import static uk.nhs.eia.contract.Question.PLANNED_DECISION_DATE;
import static uk.nhs.eia.contract.Question.PROPOSAL_AIMS;
import static uk.nhs.eia.contract.Question.PROPOSAL_TYPE;
import static uk.nhs.eia.contract.Question.QUALITY_REVIEW_DECISION;
import static uk.nhs.eia.contract.Question.QUALITY_REVIEW_RETURN_COMMENTS;
import static uk.nhs.eia.contract.Question.QUALITY_REVIEW_RETURN_TO;
import static uk.nhs.eia.contract.Question.REVIEW_DATE;
import static uk.nhs.eia.contract.Question.REVIEW_DECISION;
import static uk.nhs.eia.contract.Question.RISK_IMPACT;
import static uk.nhs.eia.contract.Question.RISK_LIKELIHOOD;
import static uk.nhs.eia.contract.Question.SCREENING_OUT_COMMENT;
import static uk.nhs.eia.contract.Question.SCREENING_OUT_DECISION;
import static uk.nhs.eia.contract.Question.SCREENING_RATIONALE;
import static uk.nhs.eia.contract.Question.SCREENING_REVIEW_DATE;
import static uk.nhs.eia.contract.Question.SIGN_OFF_COMMENTS;
import static uk.nhs.eia.contract.Question.SIGN_OFF_DECISION;
import static uk.nhs.eia.contract.Question.SIGN_OFF_RETURN_TO;
import static uk.nhs.eia.contract.Question.SUBSTANTIAL_EFFECT;
import static uk.nhs.eia.contract.Question.SUMMARY;
import static uk.nhs.eia.contract.Question.TEAM;
import static uk.nhs.eia.contract.Question.TITLE;
import static uk.nhs.eia.contract.Question.VULNERABILITY;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.ImpactGroup.Kind;
import uk.nhs.eia.contract.Question;

/**
 * Complete, realistic answers for each step of the assessment, as a form would submit them, keyed by the
 * contract's {@link Question}s and answering with its {@link Choice}s so that a renamed question or option fails
 * start-up rather than the demo.
 */
public final class DemoAnswers {

    public static final List<String> CHARACTERISTICS = keys(Kind.PROTECTED_CHARACTERISTIC);
    public static final List<String> HEALTH_INEQUALITY_GROUPS = keys(Kind.HEALTH_INEQUALITY_GROUP);

    private DemoAnswers() {
    }

    private static List<String> keys(Kind kind) {
        return ImpactGroup.of(kind).stream().map(ImpactGroup::key).toList();
    }

    public static Map<String, Object> proposal(String title, String type, String changeKind, String directorate,
            String decisionMaker, LocalDate plannedDecisionDate) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(TITLE.key(), title);
        answers.put(PROPOSAL_TYPE.key(), type);
        answers.put(CHANGE_KIND.key(), changeKind);
        answers.put(DIRECTORATE.key(), directorate);
        answers.put(TEAM.key(), "Service improvement");
        answers.put(PROPOSAL_AIMS.key(), "Make the service easier to reach for the people who need it most.");
        answers.put(AFFECTED_PEOPLE.key(), values(Choice.AFFECTS_PATIENTS, Choice.AFFECTS_CARERS, Choice.AFFECTS_STAFF));
        answers.put(DECISION_MAKER.key(), decisionMaker);
        answers.put(PLANNED_DECISION_DATE.key(), plannedDecisionDate.toString());
        return answers;
    }

    /** Screening answers; a low risk score with no relevance flags screens the proposal out. */
    public static Map<String, Object> screening(boolean relevant) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(AFFECTS_PEOPLE.key(), Choice.AFFECTS_PEOPLE_YES.value());
        Choice differentialImpact = relevant ? Choice.DIFFERENTIAL_IMPACT_YES : Choice.DIFFERENTIAL_IMPACT_NO;
        answers.put(DIFFERENTIAL_IMPACT.key(), differentialImpact.value());
        answers.put(SUBSTANTIAL_EFFECT.key(), Choice.SUBSTANTIAL_EFFECT_NO.value());
        answers.put(KNOWN_INEQUALITY.key(), Choice.KNOWN_INEQUALITY_NO.value());
        answers.put(VULNERABILITY.key(), Choice.VULNERABILITY_LOW.value());
        answers.put(RISK_LIKELIHOOD.key(), relevant ? 3 : 1);
        answers.put(RISK_IMPACT.key(), relevant ? 3 : 2);
        answers.put(SCREENING_RATIONALE.key(), relevant
                ? "Older people and people without smartphones may find the new arrangements harder to use."
                : "The change affects only the internal scheduling of car park cleaning, not who can use the car park.");
        return answers;
    }

    public static Map<String, Object> confirmScreeningOut(boolean agree, LocalDate reviewDate) {
        return agree
                ? Map.of(SCREENING_OUT_DECISION.key(), Choice.SCREENING_OUT_AGREE.value(),
                        SCREENING_REVIEW_DATE.key(), reviewDate.toString())
                : Map.of(SCREENING_OUT_DECISION.key(), Choice.SCREENING_OUT_SEND_BACK.value(),
                        SCREENING_OUT_COMMENT.key(), "Say how disabled drivers are affected.");
    }

    public static Map<String, Object> evidenceAndEngagement() {
        Map<String, Object> answers = new HashMap<>();
        answers.put(EVIDENCE_SOURCES.key(), List.of(Map.of(
                EVIDENCE_SOURCE_TYPE.key(), Choice.EVIDENCE_FROM_LOCAL_DATA.value(),
                EVIDENCE_SOURCE_REFERENCE.key(), "Patient administration system attendance data 2025-26",
                EVIDENCE_SOURCE_GROUPS.key(), "Age, sex, ethnicity, deprivation")));
        answers.put(EVIDENCE_GAPS.key(), "We do not record disability or sexual orientation; an action will add monitoring.");
        answers.put(ENGAGEMENT_UNDERTAKEN.key(), Choice.ENGAGEMENT_YES.value());
        answers.put(ENGAGEMENT_ACTIVITIES.key(), List.of(Map.of(ENGAGEMENT_ACTIVITY.key(), "Patient forum",
                ENGAGEMENT_ACTIVITY_DATE.key(), "2026-10-01", ENGAGEMENT_GROUPS_REACHED.key(), "Older patients, carers",
                ENGAGEMENT_ACTIVITY_SUMMARY.key(), "People asked for a phone booking line.")));
        answers.put(CONSULTATION_CHANGES.key(), "A phone booking line was added to the proposal.");
        return answers;
    }

    public static Map<String, Object> impactAssessment() {
        Map<String, Object> answers = new HashMap<>();
        for (ImpactGroup group : ImpactGroup.of(Kind.PROTECTED_CHARACTERISTIC)) {
            Choice impact = group == ImpactGroup.AGE ? Choice.IMPACT_NEGATIVE : Choice.IMPACT_NEUTRAL;
            answers.put(group.impact(), impact.value());
            answers.put(group.rationale(), "Attendance data for " + group.key()
                    + " shows how local patients use the clinic; the change alters only the booking route for this group.");
            answers.put(group.evidence(), "Patient administration system attendance data 2025-26");
        }
        for (ImpactGroup group : ImpactGroup.of(Kind.HEALTH_INEQUALITY_GROUP)) {
            Choice impact = group == ImpactGroup.LOW_INCOME ? Choice.IMPACT_POSITIVE : Choice.IMPACT_NEUTRAL;
            answers.put(group.impact(), impact.value());
            answers.put(group.rationale(), "Fewer journeys to the hospital site reduce travel costs for this group.");
            answers.put(group.evidence(), "Index of Multiple Deprivation 2025 for the catchment");
        }
        Map<Question, Question> aimsAndComments = Map.of(
                AIM_ELIMINATE_DISCRIMINATION, AIM_ELIMINATE_DISCRIMINATION_COMMENT,
                AIM_ADVANCE_EQUALITY, AIM_ADVANCE_EQUALITY_COMMENT,
                AIM_FOSTER_RELATIONS, AIM_FOSTER_RELATIONS_COMMENT);
        aimsAndComments.forEach((aim, comment) -> {
            answers.put(aim.key(), Choice.AIM_MAY_SUPPORT.value());
            answers.put(comment.key(), "Local clinics bring the service closer to communities that use it less.");
        });
        answers.put(ACCESS_IMPACT.key(), Choice.ACCESS_MAY_REDUCE.value());
        answers.put(ACCESS_COMMENT.key(), "Clinics in the two most deprived wards open in the evening.");
        answers.put(OUTCOMES_IMPACT.key(), Choice.OUTCOMES_UNCERTAIN.value());
        answers.put(OUTCOMES_COMMENT.key(), "We will compare results by deprivation quintile after a year.");
        answers.put(INTERSECTIONAL_IMPACT.key(),
                "Older people on low incomes without a car are most affected; the phone line helps them.");
        answers.put(HUMAN_RIGHTS.key(), "No engagement of Convention rights beyond respect for private life in data use.");
        return answers;
    }

    public static Map<String, Object> actionPlanAndOutcome(LocalDate reviewDate) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(ACTIONS.key(), List.of(Map.of(ACTION.key(), "Add disability monitoring to the booking form",
                ACTION_OWNER.key(), "Service manager", ACTION_DUE_DATE.key(), reviewDate.minusMonths(3).toString(),
                ACTION_SUCCESS_MEASURE.key(), "90% of bookings record disability status",
                ACTION_STATUS.key(), Choice.ACTION_NOT_STARTED.value())));
        answers.put(OUTCOME.key(), Choice.OUTCOME_ADJUST.value());
        answers.put(SUMMARY.key(), "The proposal was adjusted to keep a phone booking line for people who cannot book online.");
        answers.put(REVIEW_DATE.key(), reviewDate.toString());
        answers.put(MONITORING.key(), "Quarterly attendance by age, disability and deprivation, reported to the equality group.");
        return answers;
    }

    public static Map<String, Object> qualityReview(String decision, String returnTo) {
        Map<String, Object> answers = new HashMap<>();
        for (Question area : Choice.RATING_GOOD.questions()) {
            answers.put(area.key(), Choice.RATING_GOOD.value());
        }
        answers.put(QUALITY_REVIEW_DECISION.key(), decision);
        if (returnTo != null) {
            answers.put(QUALITY_REVIEW_RETURN_TO.key(), returnTo);
            answers.put(QUALITY_REVIEW_RETURN_COMMENTS.key(), "Explain the evidence behind the neutral ratings.");
        }
        return answers;
    }

    public static Map<String, Object> signOff(String decision, String returnTo) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(SIGN_OFF_DECISION.key(), decision);
        if (Choice.SIGN_OFF_APPROVE.is(decision)) {
            answers.put(DUE_REGARD_ATTESTATION.key(), true);
        } else {
            answers.put(SIGN_OFF_COMMENTS.key(), "The impact on older people needs more thought.");
        }
        if (returnTo != null) {
            answers.put(SIGN_OFF_RETURN_TO.key(), returnTo);
        }
        return answers;
    }

    public static Map<String, Object> review(String decision, LocalDate nextReviewDate) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(ACTIONS_WORKED.key(), "Disability monitoring is in place and used.");
        answers.put(IMPACTS_AS_FORESEEN.key(), "Impacts are as foreseen.");
        answers.put(REVIEW_DECISION.key(), decision);
        if (nextReviewDate != null) {
            answers.put(NEXT_REVIEW_DATE.key(), nextReviewDate.toString());
        }
        return answers;
    }

    private static List<String> values(Choice... choices) {
        return Arrays.stream(choices).map(Choice::value).toList();
    }
}
