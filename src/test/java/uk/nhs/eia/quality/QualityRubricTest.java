package uk.nhs.eia.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.contract.ImpactGroup;

/** Each check of the rubric on a sound assessment, then on the one mistake that should fail it. */
class QualityRubricTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final QualityRubric rubric = new QualityRubric();

    @Test
    void aSoundAssessmentPassesEveryCheckAndScores100() {
        QualityReport report = rubric.evaluate(input(answers -> { }));

        assertThat(report.failed()).isEmpty();
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.checks()).extracting(Finding::id).containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7",
                "Q8", "Q9", "Q10", "Q11", "Q12", "Q13", "Q14", "Q15", "Q16", "Q17", "Q18");
    }

    @Test
    void anAdverseImpactOnAGroupSeveralProposalsAffectIsFlaggedUntilTheCumulativeAnswerNamesIt() {
        RubricInput undiscussed = withCumulativeGroups(sound(), List.of("age", "carers"));
        Map<String, Map<String, Object>> named = sound();
        impact(named).put(uk.nhs.eia.contract.Question.INTERSECTIONAL_IMPACT.key(), "Three changes this year fall on age: older people lose the most.");
        RubricInput discussed = withCumulativeGroups(named, List.of("age", "carers"));

        assertThat(rubric.evaluate(undiscussed).failed()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("Q18");
            assertThat(finding.message()).contains("on age in the last 12 months").doesNotContain("carers");
        });
        assertThat(rubric.evaluate(undiscussed).score()).isEqualTo(100);
        assertThat(rubric.evaluate(discussed).failed()).isEmpty();
    }

    private static RubricInput withCumulativeGroups(Map<String, Map<String, Object>> answers, List<String> groups) {
        RubricInput sound = input(answers);
        return new RubricInput(sound.answers(), sound.submittedOn(), sound.proposalType(), sound.author(),
                sound.decisionMaker(), sound.plannedDecisionDate(), sound.fullAssessmentRequired(), sound.qualityReviewed(),
                sound.signedOffOn(), sound.authorTrained(), sound.today(), List.of(), groups);
    }

    @Test
    void citingALibrarySourcePastItsReviewDateIsAFlagThatDoesNotLowerTheScore() {
        RubricInput sound = input(answers -> { });
        QualityReport report = rubric.evaluate(new RubricInput(sound.answers(), sound.submittedOn(), sound.proposalType(),
                sound.author(), sound.decisionMaker(), sound.plannedDecisionDate(), sound.fullAssessmentRequired(),
                sound.qualityReviewed(), sound.signedOffOn(), sound.authorTrained(), sound.today(),
                List.of("\"Patient survey 2020\" (review by 2026-01-01)"), List.of()));

        assertThat(report.failed()).singleElement().satisfies(finding -> {
            assertThat(finding.id()).isEqualTo("Q17");
            assertThat(finding.message()).contains("Patient survey 2020", "past their review-by date");
        });
        assertThat(report.score()).isEqualTo(100);
    }

    @Test
    void q1AMissingStepOrAnUnratedGroupIsIncomplete() {
        assertFails("Q1", answers -> answers.remove(RubricInput.EVIDENCE), "evidence and engagement step has not been completed");
        assertFails("Q1", answers -> impact(answers).remove("carersImpact"), "Rate the impact on carers");
    }

    @Test
    void q2BlankOrPlaceholderRationalesAreNotReasons() {
        assertFails("Q2", answers -> impact(answers).put("raceRationale", "n/a"), "Give a real reason for the rating of race");
        assertFails("Q2", answers -> impact(answers).put("sexRationale", "No impact."), "sex");
    }

    @Test
    void q3ANegativeImpactWithoutAnActionFailsUnlessContinuingIsJustified() {
        assertFails("Q3", answers -> impact(answers).put("raceImpact", "not-known"),
                "Add an action for the negative or not-known impact on race");
        Map<String, Map<String, Object>> justified = sound();
        impact(justified).put("disabilityImpact", "negative");
        plan(justified).put("outcome", "continue-despite-impact");
        plan(justified).put("justification", "The service cannot run safely otherwise; the board accepts the residual impact.");
        assertThat(check(justified, "Q3").passed()).isTrue();
    }

    @Test
    void q4AnActionNeedsAnOwnerAFutureDueDateAndASuccessMeasure() {
        assertFails("Q4", answers -> action(answers).put("owner", ""), "Name the owner of action 1");
        assertFails("Q4", answers -> action(answers).put("dueDate", "2026-11-01"), "due date after the day it was planned");
        assertFails("Q4", answers -> action(answers).put("successMeasure", " "), "Say how you will know action 1 worked");
    }

    @Test
    void q5EvidenceIsCitedOrTheGapExplained() {
        assertFails("Q5", answers -> impact(answers).put("religionBeliefEvidence", "n/a"), "Cite the evidence for religion or belief");
        Map<String, Map<String, Object>> gap = sound();
        impact(gap).put("religionBeliefEvidence", "No evidence because faith is not recorded at booking.");
        assertThat(check(gap, "Q5").passed()).isTrue();
        evidence(gap).put("evidenceGaps", "");
        assertThat(check(gap, "Q5").passed()).isFalse();
    }

    @Test
    void q6EngagementIsRecordedAndAServiceChangeWithoutItIsFlagged() {
        assertFails("Q6", answers -> evidence(answers).put("engagementActivities", List.of()), "Record the engagement");
        Map<String, Map<String, Object>> none = sound();
        evidence(none).put("engagementUndertaken", "no");
        evidence(none).put("noEngagementReason", "An internal rota change with no effect on patients or the public.");
        Finding flagged = check(none, "Q6");
        assertThat(flagged.passed()).isFalse();
        assertThat(flagged.severity()).isEqualTo("warning");
    }

    @Test
    void q7TheAssessmentFinishesBeforeThePlannedDecision() {
        QualityReport late = rubric.evaluate(new RubricInput(sound(), submittedToday(), "service-change", "author",
                "approver", TODAY.minusDays(1), true, true, null, true, TODAY));
        assertThat(late.failed()).extracting(Finding::id).containsExactly("Q7");
        QualityReport signedOffAfter = rubric.evaluate(new RubricInput(sound(), submittedToday(), "service-change",
                "author", "approver", TODAY.plusDays(5), true, true, TODAY.plusDays(6), true, TODAY));
        assertThat(signedOffAfter.failed()).extracting(Finding::id).containsExactly("Q7");
    }

    @Test
    void q8AnEqualityLeadReviewIsNeededAndTheAuthorIsNotTheDecisionMaker() {
        QualityReport unreviewed = rubric.evaluate(new RubricInput(sound(), submittedToday(), "service-change", "author",
                "approver", TODAY.plusMonths(1), true, false, null, true, TODAY));
        assertThat(unreviewed.failed()).extracting(Finding::message).containsExactly(
                "An equality lead has not yet accepted the quality review");
    }

    @Test
    void q9TheOutcomeFollowsFromTheImpacts() {
        assertFails("Q9", answers -> plan(answers).put("outcome", "no-major-change"),
                "\"no major change\" but the impact on age is negative");
        assertFails("Q9", answers -> {
            plan(answers).put("outcome", "continue-despite-impact");
            plan(answers).put("justification", "");
        }, "Justify continuing despite the adverse impact");
    }

    @Test
    void q10EveryAimAndBothHealthInequalityQuestionsAreAnswered() {
        assertFails("Q10", answers -> impact(answers).remove("outcomesImpact"), "Answer every aim");
    }

    @Test
    void q11AReviewDateIsSetAndNotPassed() {
        assertFails("Q11", answers -> plan(answers).put("reviewDate", "2026-01-01"), "has passed");
        assertFails("Q11", answers -> plan(answers).remove("reviewDate"), "Set a review date");
    }

    @Test
    void q12AnAuthorWithoutCurrentTrainingFailsTheCheckWithHowToGetTrained() {
        QualityReport report = rubric.evaluate(new RubricInput(sound(), submittedToday(), "service-change", "author2",
                "approver", TODAY.plusMonths(1), true, true, null, false, TODAY));

        assertThat(report.failed()).extracting(Finding::id).containsExactly("Q12");
        assertThat(report.failed().get(0).message()).contains("author2", "book a place on a training session");
        assertThat(report.failed().get(0).severity()).isEqualTo("error");
        assertThat(report.score()).isEqualTo(92);
    }

    @Test
    void flagsForBoilerplateVaguenessIntersectionalityAndDigitalBiasNeverLowerTheScore() {
        Map<String, Map<String, Object>> poor = sound();
        ImpactGroup.of(ImpactGroup.Kind.PROTECTED_CHARACTERISTIC)
                .forEach(group -> impact(poor).put(group.key() + "Rationale", "This proposal will be fine for everyone affected."));
        impact(poor).put("intersectionalImpact", "n/a");
        QualityReport report = rubric.evaluate(new RubricInput(poor, submittedToday(), "digital-ai", "author", "approver",
                TODAY.plusMonths(1), true, true, null, true, TODAY));

        assertThat(report.failed()).extracting(Finding::id).containsExactly("Q13", "Q15", "Q16");
        assertThat(report.score()).isEqualTo(100);
        Map<String, Map<String, Object>> vague = sound();
        java.util.Arrays.stream(ImpactGroup.values()).forEach(group -> impact(vague).put(group.key() + "Rationale",
                "The proposal is expected to be fine for the " + group.key() + " group overall."));
        assertThat(check(vague, "Q14").passed()).isFalse();
    }

    @Test
    void aScreenedOutAssessmentIsCheckedOnlyForTimingAndItsAuthorsTraining() {
        QualityReport report = rubric.evaluate(new RubricInput(Map.of(), Map.of(), "procedure", "author", "approver",
                TODAY.plusMonths(1), false, false, null, true, TODAY));

        assertThat(report.checks()).extracting(Finding::id).containsExactly("Q7", "Q12");
        assertThat(report.score()).isEqualTo(100);
    }

    @Test
    void theScoreIsTheShareOfAutomaticChecksPassed() {
        Map<String, Map<String, Object>> answers = sound();
        plan(answers).remove("reviewDate");
        impact(answers).put("raceRationale", "");
        assertThat(rubric.evaluate(input(answers)).score()).isEqualTo(83);
    }

    // --- a sound assessment, and one mistake at a time ---

    private void assertFails(String id, Consumer<Map<String, Map<String, Object>>> mistake, String words) {
        Map<String, Map<String, Object>> answers = sound();
        mistake.accept(answers);
        Finding finding = check(answers, id);
        assertThat(finding.passed()).as(id).isFalse();
        assertThat(finding.message()).contains(words);
    }

    private Finding check(Map<String, Map<String, Object>> answers, String id) {
        return rubric.evaluate(input(answers)).checks().stream().filter(check -> check.id().equals(id)).findFirst().orElseThrow();
    }

    private RubricInput input(Consumer<Map<String, Map<String, Object>>> change) {
        Map<String, Map<String, Object>> answers = sound();
        change.accept(answers);
        return input(answers);
    }

    private static RubricInput input(Map<String, Map<String, Object>> answers) {
        return new RubricInput(answers, submittedToday(), "service-change", "author", "approver", TODAY.plusMonths(1),
                true, true, null, true, TODAY);
    }

    private static Map<String, LocalDate> submittedToday() {
        return Map.of(RubricInput.EVIDENCE, TODAY, RubricInput.IMPACT, TODAY, RubricInput.ACTION_PLAN, TODAY);
    }

    private static Map<String, Map<String, Object>> sound() {
        Map<String, Map<String, Object>> answers = new HashMap<>();
        answers.put(RubricInput.EVIDENCE, new HashMap<>(evidenceAndEngagement()));
        Map<String, Object> impact = new HashMap<>(impactAssessment());
        ImpactGroup.of(ImpactGroup.Kind.HEALTH_INEQUALITY_GROUP).forEach(group -> impact.put(group.key() + "Rationale",
                "Local survey data for " + group.label() + " shows fewer journeys to the hospital site reduce their travel costs."));
        answers.put(RubricInput.IMPACT, impact);
        Map<String, Object> plan = new HashMap<>(actionPlanAndOutcome(TODAY.plusYears(1)));
        List<Map<String, Object>> actions = new ArrayList<>();
        ((List<?>) plan.get("actions")).forEach(row -> actions.add(new HashMap<>((Map<String, Object>) row)));
        actions.get(0).put("action", "Keep a phone booking line for older people (age) and add disability monitoring");
        plan.put("actions", actions);
        answers.put(RubricInput.ACTION_PLAN, plan);
        return answers;
    }

    private static Map<String, Object> evidence(Map<String, Map<String, Object>> answers) {
        return answers.get(RubricInput.EVIDENCE);
    }

    private static Map<String, Object> impact(Map<String, Map<String, Object>> answers) {
        return answers.get(RubricInput.IMPACT);
    }

    private static Map<String, Object> plan(Map<String, Map<String, Object>> answers) {
        return answers.get(RubricInput.ACTION_PLAN);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action(Map<String, Map<String, Object>> answers) {
        return ((List<Map<String, Object>>) plan(answers).get("actions")).get(0);
    }
}
