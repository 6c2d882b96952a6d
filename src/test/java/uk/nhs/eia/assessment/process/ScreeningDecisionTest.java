package uk.nhs.eia.assessment.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screening decision table, rule by rule, as the organisation's EIA policy states it. */
class ScreeningDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheDeployedTable() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = ScreeningDecisionTest.class.getResourceAsStream("/processes/screening-decision.dmn")) {
            decision = dmn.parseDecision("screening-decision", table);
        }
    }

    @Test
    void budgetAndSavingsProposalsAlwaysNeedAFullAssessment() {
        var result = decide(lowRisk().with("proposalType", "budget-savings"));
        assertFull(result, "Budget and savings proposals always need a full assessment.");
    }

    @Test
    void reductionsAlwaysNeedAFullAssessment() {
        assertFull(decide(lowRisk().with("changeKind", "reduction")), "Proposals that reduce or remove a service");
    }

    @Test
    void removalsAlwaysNeedAFullAssessment() {
        assertFull(decide(lowRisk().with("changeKind", "removal")), "Proposals that reduce or remove a service");
    }

    @Test
    void groupsAffectedDifferentlyNeedAFullAssessment() {
        assertFull(decide(lowRisk().with("differentialImpact", "yes")), "Groups could be affected differently");
    }

    @Test
    void notKnowingWhetherGroupsAreAffectedDifferentlyNeedsAFullAssessment() {
        assertFull(decide(lowRisk().with("differentialImpact", "not-sure")), "or it is not yet known");
    }

    @Test
    void aSubstantialEffectNeedsAFullAssessment() {
        assertFull(decide(lowRisk().with("substantialEffect", "yes")), "large numbers of people");
    }

    @Test
    void aKnownInequalityOrPublicConcernNeedsAFullAssessment() {
        assertFull(decide(lowRisk().with("knownInequality", "yes")), "known inequality or public concern");
    }

    @Test
    void highlyVulnerablePeopleNeedAFullAssessment() {
        assertFull(decide(lowRisk().with("vulnerability", "high")), "highly vulnerable");
    }

    @Test
    void aRiskScoreOfThreeOrMoreNeedsAFullAssessment() {
        var result = decide(lowRisk().with("riskLikelihood", 3).with("riskImpact", 1));
        assertFull(result, "The equality risk score is 3 (likelihood x impact)");
    }

    @Test
    void aProposalThatAffectsNoOneWithALowScoreIsScreenedOut() {
        var result = decide(lowRisk().with("affectsPeople", "no"));
        assertNotFull(result, "does not affect people and its equality risk score is 2");
    }

    @Test
    void aLowScoreWithNoRelevanceFlagsIsScreenedOut() {
        var result = decide(lowRisk());
        assertNotFull(result, "No group is expected to be affected differently and the equality risk score is 2");
    }

    @Test
    void aHighScoreOutweighsNotAffectingPeople() {
        assertFull(decide(lowRisk().with("affectsPeople", "no").with("riskLikelihood", 2).with("riskImpact", 2)),
                "The equality risk score is 4");
    }

    private static Answers lowRisk() {
        return new Answers()
                .with("proposalType", "policy").with("changeKind", "new")
                .with("affectsPeople", "yes").with("differentialImpact", "no").with("substantialEffect", "no")
                .with("knownInequality", "no").with("vulnerability", "low")
                .with("riskLikelihood", 1).with("riskImpact", 2);
    }

    private static DmnDecisionResultEntries decide(Answers answers) {
        return dmn.evaluateDecision(decision, answers.values).getSingleResult();
    }

    private static void assertFull(DmnDecisionResultEntries result, String reason) {
        assertThat((Boolean) result.getEntry("fullAssessmentRequired")).isTrue();
        assertThat((String) result.getEntry("reason")).contains(reason);
    }

    private static void assertNotFull(DmnDecisionResultEntries result, String reason) {
        assertThat((Boolean) result.getEntry("fullAssessmentRequired")).isFalse();
        assertThat((String) result.getEntry("reason")).contains(reason);
    }

    private static final class Answers {
        private final Map<String, Object> values = new HashMap<>();

        Answers with(String name, Object value) {
            values.put(name, value);
            return this;
        }
    }
}
