package uk.nhs.eia.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.ImpactGroup.Kind;

/** Complete, realistic answers for each step of the assessment, as a form would submit them. */
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
        answers.put("title", title);
        answers.put("proposalType", type);
        answers.put("changeKind", changeKind);
        answers.put("directorate", directorate);
        answers.put("team", "Service improvement");
        answers.put("aims", "Make the service easier to reach for the people who need it most.");
        answers.put("affectedPeople", List.of("patients", "carers", "staff"));
        answers.put("decisionMaker", decisionMaker);
        answers.put("plannedDecisionDate", plannedDecisionDate.toString());
        return answers;
    }

    /** Screening answers; a low risk score with no relevance flags screens the proposal out. */
    public static Map<String, Object> screening(boolean relevant) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("affectsPeople", "yes");
        answers.put("differentialImpact", relevant ? "yes" : "no");
        answers.put("substantialEffect", "no");
        answers.put("knownInequality", "no");
        answers.put("vulnerability", "low");
        answers.put("riskLikelihood", relevant ? 3 : 1);
        answers.put("riskImpact", relevant ? 3 : 2);
        answers.put("screeningRationale", relevant
                ? "Older people and people without smartphones may find the new arrangements harder to use."
                : "The change affects only the internal scheduling of car park cleaning, not who can use the car park.");
        return answers;
    }

    public static Map<String, Object> confirmScreeningOut(boolean agree, LocalDate reviewDate) {
        return agree
                ? Map.of("screeningOutDecision", "agree", "screeningReviewDate", reviewDate.toString())
                : Map.of("screeningOutDecision", "send-back", "screeningOutComment", "Say how disabled drivers are affected.");
    }

    public static Map<String, Object> evidenceAndEngagement() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("evidenceSources", List.of(Map.of("sourceType", "local-data",
                "sourceReference", "Patient administration system attendance data 2025-26",
                "groupsInformed", "Age, sex, ethnicity, deprivation")));
        answers.put("evidenceGaps", "We do not record disability or sexual orientation; an action will add monitoring.");
        answers.put("engagementUndertaken", "yes");
        answers.put("engagementActivities", List.of(Map.of("activity", "Patient forum", "activityDate", "2026-10-01",
                "groupsReached", "Older patients, carers", "activitySummary", "People asked for a phone booking line.")));
        answers.put("consultationChanges", "A phone booking line was added to the proposal.");
        return answers;
    }

    public static Map<String, Object> impactAssessment() {
        Map<String, Object> answers = new HashMap<>();
        for (String prefix : CHARACTERISTICS) {
            answers.put(prefix + "Impact", prefix.equals("age") ? "negative" : "neutral");
            answers.put(prefix + "Rationale", "Attendance data for " + prefix
                    + " shows how local patients use the clinic; the change alters only the booking route for this group.");
            answers.put(prefix + "Evidence", "Patient administration system attendance data 2025-26");
        }
        for (String prefix : HEALTH_INEQUALITY_GROUPS) {
            answers.put(prefix + "Impact", prefix.equals("lowIncome") ? "positive" : "neutral");
            answers.put(prefix + "Rationale", "Fewer journeys to the hospital site reduce travel costs for this group.");
            answers.put(prefix + "Evidence", "Index of Multiple Deprivation 2025 for the catchment");
        }
        for (String aim : List.of("aimEliminateDiscrimination", "aimAdvanceEquality", "aimFosterRelations")) {
            answers.put(aim, "may-support");
            answers.put(aim + "Comment", "Local clinics bring the service closer to communities that use it less.");
        }
        answers.put("accessImpact", "may-reduce");
        answers.put("accessComment", "Clinics in the two most deprived wards open in the evening.");
        answers.put("outcomesImpact", "uncertain");
        answers.put("outcomesComment", "We will compare results by deprivation quintile after a year.");
        answers.put("intersectionalImpact", "Older people on low incomes without a car are most affected; the phone line helps them.");
        answers.put("humanRights", "No engagement of Convention rights beyond respect for private life in data use.");
        return answers;
    }

    public static Map<String, Object> actionPlanAndOutcome(LocalDate reviewDate) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("actions", List.of(Map.of("action", "Add disability monitoring to the booking form",
                "owner", "Service manager", "dueDate", reviewDate.minusMonths(3).toString(),
                "successMeasure", "90% of bookings record disability status", "status", "not-started")));
        answers.put("outcome", "adjust");
        answers.put("summary", "The proposal was adjusted to keep a phone booking line for people who cannot book online.");
        answers.put("reviewDate", reviewDate.toString());
        answers.put("monitoring", "Quarterly attendance by age, disability and deprivation, reported to the equality group.");
        return answers;
    }

    public static Map<String, Object> qualityReview(String decision, String returnTo) {
        Map<String, Object> answers = new HashMap<>();
        for (String area : List.of("ratingEvidence", "ratingEngagement", "ratingImpact", "ratingActions", "ratingOutcome")) {
            answers.put(area, "good");
        }
        answers.put("qualityReviewDecision", decision);
        if (returnTo != null) {
            answers.put("returnTo", returnTo);
            answers.put("returnComments", "Explain the evidence behind the neutral ratings.");
        }
        return answers;
    }

    public static Map<String, Object> signOff(String decision, String returnTo) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("signOffDecision", decision);
        if (decision.equals("approve")) {
            answers.put("dueRegardAttestation", true);
        } else {
            answers.put("signOffComments", "The impact on older people needs more thought.");
        }
        if (returnTo != null) {
            answers.put("returnTo", returnTo);
        }
        return answers;
    }

    public static Map<String, Object> review(String decision, LocalDate nextReviewDate) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("actionsWorked", "Disability monitoring is in place and used.");
        answers.put("impactsAsForeseen", "Impacts are as foreseen.");
        answers.put("reviewDecision", decision);
        if (nextReviewDate != null) {
            answers.put("reviewDate", nextReviewDate.toString());
        }
        return answers;
    }
}
