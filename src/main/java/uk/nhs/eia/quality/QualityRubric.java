package uk.nhs.eia.quality;

import static uk.nhs.eia.contract.Question.ACCESS_IMPACT;
import static uk.nhs.eia.contract.Question.ACTION;
import static uk.nhs.eia.contract.Question.ACTIONS;
import static uk.nhs.eia.contract.Question.ACTION_DUE_DATE;
import static uk.nhs.eia.contract.Question.ACTION_OWNER;
import static uk.nhs.eia.contract.Question.ACTION_SUCCESS_MEASURE;
import static uk.nhs.eia.contract.Question.AIM_ADVANCE_EQUALITY;
import static uk.nhs.eia.contract.Question.AIM_ELIMINATE_DISCRIMINATION;
import static uk.nhs.eia.contract.Question.AIM_FOSTER_RELATIONS;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_ACTIVITIES;
import static uk.nhs.eia.contract.Question.ENGAGEMENT_UNDERTAKEN;
import static uk.nhs.eia.contract.Question.EVIDENCE_GAPS;
import static uk.nhs.eia.contract.Question.INTERSECTIONAL_IMPACT;
import static uk.nhs.eia.contract.Question.JUSTIFICATION;
import static uk.nhs.eia.contract.Question.NO_ENGAGEMENT_REASON;
import static uk.nhs.eia.contract.Question.OUTCOME;
import static uk.nhs.eia.contract.Question.OUTCOMES_IMPACT;
import static uk.nhs.eia.contract.Question.REVIEW_DATE;
import static uk.nhs.eia.quality.Finding.ERROR;
import static uk.nhs.eia.quality.Finding.WARNING;
import static uk.nhs.eia.quality.RubricInput.ACTION_PLAN;
import static uk.nhs.eia.quality.RubricInput.EVIDENCE;
import static uk.nhs.eia.quality.RubricInput.IMPACT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;

/**
 * The quality rubric of the reference (§4), checks 1 to 12 and flags 13 to 16, as one pure function of the
 * answers and the author's training. A screened-out assessment is checked only for what screening needs: a
 * decision before the planned decision date, by an author whose training is current.
 */
@Component
public class QualityRubric {

    /** Too short, or a placeholder, to be a reason. */
    static final int MINIMUM_REASON = 20;
    private static final Set<String> PLACEHOLDERS = Set.of("n/a", "na", "none", "nil", "no", "not applicable", "-",
            "no impact", "neutral", "tbc", "tbd", "see above", "as above", "nothing");
    private static final Set<Choice> NEEDS_ACTION = Set.of(Choice.IMPACT_NEGATIVE, Choice.IMPACT_NOT_KNOWN);
    /** Words that point at a mechanism or at local evidence, which a specific rationale tends to use. */
    private static final Pattern SPECIFIC = Pattern.compile(
            "\\d|data|survey|census|audit|feedback|local|because|so that|means|travel|access|cost|digital|language",
            Pattern.CASE_INSENSITIVE);

    public QualityReport evaluate(RubricInput input) {
        List<Finding> checks = new ArrayList<>();
        if (Boolean.FALSE.equals(input.fullAssessmentRequired())) {
            checks.add(timing(input));
            checks.add(authorTraining(input));
            return QualityReport.of(checks);
        }
        checks.add(completeness(input));
        checks.add(rationales(input));
        checks.add(actionsForAdverseImpacts(input));
        checks.add(actionsComplete(input));
        checks.add(evidence(input));
        checks.add(engagement(input));
        checks.add(timing(input));
        checks.add(signOffChain(input));
        checks.add(outcomeLogic(input));
        checks.add(aimsAndInequalities(input));
        checks.add(reviewDate(input));
        checks.add(authorTraining(input));
        checks.add(boilerplate(input));
        checks.add(specificity(input));
        checks.add(intersectional(input));
        checks.add(digitalBias(input));
        checks.add(currentSources(input));
        checks.add(cumulativeImpact(input));
        return QualityReport.of(checks);
    }

    private static Finding completeness(RubricInput input) {
        for (String form : List.of(EVIDENCE, IMPACT, ACTION_PLAN)) {
            if (!input.has(form)) {
                return fail("Q1", ERROR, "The " + name(form) + " step has not been completed yet", form + "#");
            }
        }
        for (ImpactGroup group : ImpactGroup.values()) {
            if (blank(input.of(IMPACT).get(group.impact()))) {
                return fail("Q1", ERROR, "Rate the impact on " + label(group), IMPACT + "#" + group.impact());
            }
        }
        return pass("Q1", "Every step is complete and every characteristic and group is rated");
    }

    private static Finding rationales(RubricInput input) {
        List<ImpactGroup> weak = groupsWhere(input,
                group -> !isReason(input.of(IMPACT).get(group.rationale())));
        if (!weak.isEmpty()) {
            return fail("Q2", ERROR, "Give a real reason for the rating of " + labels(weak)
                    + ": a blank, \"n/a\" or a few words is not a reason, even for a neutral rating",
                    IMPACT + "#" + weak.get(0).rationale());
        }
        return pass("Q2", "Every rating has a reason");
    }

    private static Finding actionsForAdverseImpacts(RubricInput input) {
        Map<String, Object> plan = input.of(ACTION_PLAN);
        if (Choice.OUTCOME_CONTINUE_DESPITE_IMPACT.is(plan.get(OUTCOME.key())) && isReason(plan.get(JUSTIFICATION.key()))) {
            return pass("Q3", "The decision to continue despite adverse impacts is justified");
        }
        String actionText = rows(plan.get(ACTIONS.key())).stream().map(row -> text(row.get(ACTION.key())))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        List<ImpactGroup> unanswered = groupsWhere(input, group -> needsAction(input.of(IMPACT).get(group.impact()))
                && !mentions(actionText, group));
        if (!unanswered.isEmpty()) {
            return fail("Q3", ERROR, "Add an action for the negative or not-known impact on " + labels(unanswered)
                    + " (name the group in the action), or justify continuing despite the impact",
                    at(ACTIONS));
        }
        return pass("Q3", "Every negative or not-known impact has an action");
    }

    private static Finding actionsComplete(RubricInput input) {
        List<Map<String, Object>> actions = rows(input.of(ACTION_PLAN).get(ACTIONS.key()));
        LocalDate created = input.submittedOn().getOrDefault(ACTION_PLAN, input.today());
        for (int i = 0; i < actions.size(); i++) {
            Map<String, Object> action = actions.get(i);
            String where = at(ACTIONS) + "[" + i + "].";
            if (blank(action.get(ACTION_OWNER.key()))) {
                return fail("Q4", ERROR, "Name the owner of action " + (i + 1), where + ACTION_OWNER.key());
            }
            if (blank(action.get(ACTION_SUCCESS_MEASURE.key()))) {
                return fail("Q4", ERROR, "Say how you will know action " + (i + 1) + " worked",
                        where + ACTION_SUCCESS_MEASURE.key());
            }
            LocalDate due = date(action.get(ACTION_DUE_DATE.key()));
            if (due == null || !due.isAfter(created)) {
                return fail("Q4", ERROR, "Give action " + (i + 1) + " a due date after the day it was planned",
                        where + ACTION_DUE_DATE.key());
            }
        }
        return pass("Q4", "Every action has an owner, a future due date and a success measure");
    }

    private static Finding evidence(RubricInput input) {
        boolean gapsRecorded = isReason(input.of(EVIDENCE).get(EVIDENCE_GAPS.key()))
                && !rows(input.of(ACTION_PLAN).get(ACTIONS.key())).isEmpty();
        List<ImpactGroup> unsupported = groupsWhere(input, group -> {
            String evidence = text(input.of(IMPACT).get(group.evidence())).toLowerCase(Locale.ROOT);
            boolean noEvidenceExplained = evidence.startsWith("no evidence") && gapsRecorded;
            return !noEvidenceExplained && (!isReason(evidence) && evidence.length() < 10 || evidence.startsWith("no evidence"));
        });
        if (!unsupported.isEmpty()) {
            return fail("Q5", ERROR, "Cite the evidence for " + labels(unsupported)
                    + ", or write \"No evidence because ...\" and record the gap and an action to fill it",
                    IMPACT + "#" + unsupported.get(0).evidence());
        }
        return pass("Q5", "Each characteristic cites evidence or explains the gap");
    }

    private static Finding engagement(RubricInput input) {
        Map<String, Object> evidence = input.of(EVIDENCE);
        boolean engaged = Choice.ENGAGEMENT_YES.is(evidence.get(ENGAGEMENT_UNDERTAKEN.key()))
                && !rows(evidence.get(ENGAGEMENT_ACTIVITIES.key())).isEmpty();
        boolean explained = Choice.ENGAGEMENT_NO.is(evidence.get(ENGAGEMENT_UNDERTAKEN.key()))
                && isReason(evidence.get(NO_ENGAGEMENT_REASON.key()));
        if (!engaged && !explained) {
            return fail("Q6", ERROR, "Record the engagement you did, or why there was none", at(ENGAGEMENT_UNDERTAKEN));
        }
        if (!engaged && Choice.PROPOSAL_TYPE_SERVICE_CHANGE.is(input.proposalType())) {
            return fail("Q6", WARNING, "A service change with no engagement: check the reason is enough",
                    at(NO_ENGAGEMENT_REASON));
        }
        return pass("Q6", "Engagement is recorded");
    }

    private static Finding timing(RubricInput input) {
        LocalDate planned = input.plannedDecisionDate();
        if (planned == null) {
            return pass("Q7", "There is no planned decision date to meet");
        }
        LocalDate finished = input.signedOffOn();
        if (finished != null ? !finished.isBefore(planned) : !input.today().isBefore(planned)) {
            return fail("Q7", ERROR, "The assessment was not finished before the planned decision date, "
                    + planned + "; due regard must be paid before the decision", null);
        }
        return pass("Q7", finished != null ? "The assessment was finished before the planned decision date"
                : "There is still time to finish before the planned decision date");
    }

    private static Finding signOffChain(RubricInput input) {
        if (input.author() != null && input.author().equals(input.decisionMaker())) {
            return fail("Q8", ERROR, "The author cannot be the decision-maker", null);
        }
        if (!input.qualityReviewed()) {
            return fail("Q8", ERROR, "An equality lead has not yet accepted the quality review", null);
        }
        return pass("Q8", "An equality lead reviewed it and the decision-maker is not the author");
    }

    private static Finding outcomeLogic(RubricInput input) {
        Map<String, Object> plan = input.of(ACTION_PLAN);
        Object outcome = plan.get(OUTCOME.key());
        if (blank(outcome)) {
            return fail("Q9", ERROR, "Choose the outcome of the assessment", at(OUTCOME));
        }
        if (Choice.OUTCOME_CONTINUE_DESPITE_IMPACT.is(outcome) && !isReason(plan.get(JUSTIFICATION.key()))) {
            return fail("Q9", ERROR, "Justify continuing despite the adverse impact", at(JUSTIFICATION));
        }
        List<ImpactGroup> negative = groupsWhere(input, group -> Choice.IMPACT_NEGATIVE.is(input.of(IMPACT).get(group.impact())));
        if (Choice.OUTCOME_NO_MAJOR_CHANGE.is(outcome) && !negative.isEmpty()) {
            return fail("Q9", ERROR, "The outcome is \"no major change\" but the impact on " + labels(negative)
                    + " is negative; choose another outcome or revisit the rating", at(OUTCOME));
        }
        return pass("Q9", "The outcome follows from the impacts");
    }

    private static Finding aimsAndInequalities(RubricInput input) {
        for (Question question : List.of(AIM_ELIMINATE_DISCRIMINATION, AIM_ADVANCE_EQUALITY, AIM_FOSTER_RELATIONS,
                ACCESS_IMPACT, OUTCOMES_IMPACT)) {
            if (blank(input.of(IMPACT).get(question.key()))) {
                return fail("Q10", ERROR, "Answer every aim of the equality duty and both health-inequality questions",
                        at(question));
            }
        }
        return pass("Q10", "All three aims and both health-inequality questions are answered");
    }

    private static Finding reviewDate(RubricInput input) {
        LocalDate review = date(input.of(ACTION_PLAN).get(REVIEW_DATE.key()));
        if (review == null) {
            return fail("Q11", ERROR, "Set a review date", at(REVIEW_DATE));
        }
        if (review.isBefore(input.today())) {
            return fail("Q11", ERROR, "The review date, " + review + ", has passed", at(REVIEW_DATE));
        }
        return pass("Q11", "A review date is set and has not passed");
    }

    private static Finding authorTraining(RubricInput input) {
        if (!input.authorTrained()) {
            return fail("Q12", ERROR, "The author, " + input.author() + ", has no current EIA training: book a place on a "
                    + "training session with the equality and diversity team", null);
        }
        return pass("Q12", "The author's EIA training is current");
    }

    private static Finding boilerplate(RubricInput input) {
        Map<String, List<ImpactGroup>> byText = new HashMap<>();
        for (ImpactGroup group : ImpactGroup.values()) {
            String rationale = normalised(input.of(IMPACT).get(group.rationale()));
            if (!rationale.isEmpty()) {
                byText.computeIfAbsent(rationale, text -> new ArrayList<>()).add(group);
            }
        }
        return byText.values().stream().filter(groups -> groups.size() >= 3).findFirst()
                .map(groups -> fail("Q13", WARNING, "The same rationale is used for " + labels(groups)
                        + "; say what is particular to each", IMPACT + "#" + groups.get(0).rationale()))
                .orElseGet(() -> pass("Q13", WARNING, "Rationales are written for each group"));
    }

    private static Finding specificity(RubricInput input) {
        List<ImpactGroup> vague = groupsWhere(input, group -> {
            String rationale = text(input.of(IMPACT).get(group.rationale()));
            return isReason(rationale) && !SPECIFIC.matcher(rationale).find();
        });
        if (vague.size() * 2 > ImpactGroup.values().length) {
            return fail("Q14", WARNING, "Most rationales do not say how the proposal affects people or what local data "
                    + "shows, for example " + labels(vague.subList(0, Math.min(3, vague.size()))),
                    IMPACT + "#" + vague.get(0).rationale());
        }
        return pass("Q14", WARNING, "Rationales name mechanisms or evidence");
    }

    private static Finding intersectional(RubricInput input) {
        if (!isReason(input.of(IMPACT).get(INTERSECTIONAL_IMPACT.key()))) {
            return fail("Q15", WARNING, "Say how groups that overlap, or several changes together, are affected",
                    at(INTERSECTIONAL_IMPACT));
        }
        return pass("Q15", WARNING, "Intersectional and cumulative impact is addressed");
    }

    private static Finding digitalBias(RubricInput input) {
        if (!Choice.PROPOSAL_TYPE_DIGITAL_AI.is(input.proposalType())) {
            return pass("Q16", WARNING, "Not a digital or AI proposal");
        }
        String everything = (input.of(EVIDENCE).values().toString() + " " + input.of(IMPACT).values()).toLowerCase(Locale.ROOT);
        if (!everything.contains("bias") || !everything.contains("data")) {
            return fail("Q16", WARNING, "For a digital or AI proposal, record how you looked for bias and gaps in the data",
                    at(EVIDENCE_GAPS));
        }
        return pass("Q16", WARNING, "Bias and data gaps are considered");
    }

    // --- reading answers ---

    private static Finding currentSources(RubricInput input) {
        if (!input.staleSources().isEmpty()) {
            return fail("Q17", WARNING, "Sources you cite are past their review-by date: " + String.join("; ",
                    input.staleSources()) + ". Check they still hold, or cite current ones", EVIDENCE + "#");
        }
        return pass("Q17", WARNING, "The library sources cited are current");
    }

    private static Finding cumulativeImpact(RubricInput input) {
        String discussed = text(input.of(IMPACT).get(INTERSECTIONAL_IMPACT.key())).toLowerCase(Locale.ROOT);
        List<ImpactGroup> undiscussed = groupsWhere(input, group -> needsAction(input.of(IMPACT).get(group.impact()))
                && input.cumulativeGroups().contains(group.key())
                && !Pattern.compile("\\b" + Pattern.quote(group.label()) + "\\b").matcher(discussed).find());
        if (!undiscussed.isEmpty()) {
            return fail("Q18", WARNING, "Other proposals in this directorate have also found a negative or unknown impact "
                    + "on " + labels(undiscussed) + " in the last 12 months: say how their effects add up",
                    at(INTERSECTIONAL_IMPACT));
        }
        return pass("Q18", WARNING, "Groups affected by several proposals are discussed together");
    }

    private static boolean isReason(Object value) {
        String text = text(value).strip();
        return text.length() >= MINIMUM_REASON && !PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""));
    }

    private static boolean needsAction(Object impact) {
        return NEEDS_ACTION.stream().anyMatch(choice -> choice.is(text(impact)));
    }

    private static boolean mentions(String actionText, ImpactGroup group) {
        String label = label(group).toLowerCase(Locale.ROOT);
        return actionText.contains(label) || actionText.contains(label.split(" ")[0])
                || actionText.contains(group.key().toLowerCase(Locale.ROOT));
    }

    private static List<ImpactGroup> groupsWhere(RubricInput input, java.util.function.Predicate<ImpactGroup> test) {
        return input.has(IMPACT) ? java.util.Arrays.stream(ImpactGroup.values()).filter(test).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object value) {
        return value instanceof List<?> list ? list.stream().filter(Map.class::isInstance).map(row -> (Map<String, Object>) row).toList()
                : List.of();
    }

    private static LocalDate date(Object value) {
        String text = text(value);
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean blank(Object value) {
        return text(value).isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String normalised(Object value) {
        return text(value).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String label(ImpactGroup group) {
        return group.label();
    }

    private static String labels(Collection<ImpactGroup> groups) {
        return groups.stream().map(QualityRubric::label).collect(Collectors.joining(", "));
    }

    /** Where a finding points: the question's form and key, as the pages link to it. */
    private static String at(Question question) {
        return question.formId() + "#" + question.key();
    }

    private static String name(String formId) {
        return Step.byFormId(formId).map(step -> step.stepName().toLowerCase(Locale.ROOT)).orElse(formId);
    }

    private static Finding pass(String id, String message) {
        return pass(id, ERROR, message);
    }

    private static Finding pass(String id, String severity, String message) {
        return new Finding(id, true, severity, message, null);
    }

    private static Finding fail(String id, String severity, String message, String field) {
        return new Finding(id, false, severity, message, field);
    }
}
