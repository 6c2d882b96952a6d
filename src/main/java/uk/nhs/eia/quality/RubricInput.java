package uk.nhs.eia.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.eia.contract.Step;

/**
 * What the rubric reads: the answers of the current version by form id (the last submission of each step, with
 * the person's unsaved or draft answers laid over their open step), and the facts of the record.
 *
 * @param signedOffOn     the day sign-off approved the current version, or null
 * @param qualityReviewed whether an equality lead accepted the current version's quality review
 * @param submittedOn     the day each form was last submitted, by form id
 * @param authorTrained   whether the author's EIA training is current today
 * @param staleSources    the titles of the library sources it cites that are past their review-by date
 * @param cumulativeGroups the keys of the groups that an adverse impact here would flag as cumulatively affected
 */
public record RubricInput(Map<String, Map<String, Object>> answers, Map<String, LocalDate> submittedOn,
        String proposalType, String author, String decisionMaker, LocalDate plannedDecisionDate,
        Boolean fullAssessmentRequired, boolean qualityReviewed, LocalDate signedOffOn, boolean authorTrained,
        LocalDate today, List<String> staleSources, List<String> cumulativeGroups) {

    /** An assessment that cites no stale source, in a directorate where no group is near the cumulative threshold. */
    public RubricInput(Map<String, Map<String, Object>> answers, Map<String, LocalDate> submittedOn,
            String proposalType, String author, String decisionMaker, LocalDate plannedDecisionDate,
            Boolean fullAssessmentRequired, boolean qualityReviewed, LocalDate signedOffOn, boolean authorTrained,
            LocalDate today) {
        this(answers, submittedOn, proposalType, author, decisionMaker, plannedDecisionDate, fullAssessmentRequired,
                qualityReviewed, signedOffOn, authorTrained, today, List.of(), List.of());
    }

    static final String EVIDENCE = Step.EVIDENCE_AND_ENGAGEMENT.formId();
    static final String IMPACT = Step.IMPACT_ASSESSMENT.formId();
    static final String ACTION_PLAN = Step.ACTION_PLAN_AND_OUTCOME.formId();

    Map<String, Object> of(String formId) {
        return answers.getOrDefault(formId, Map.of());
    }

    boolean has(String formId) {
        return answers.containsKey(formId);
    }
}
