package uk.nhs.eia.mentoring.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.nhs.eia.demo.process.CohortDriver.contract;
import static uk.nhs.eia.demo.process.CohortDriver.feedback;
import static uk.nhs.eia.demo.process.CohortDriver.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.CohortDriver;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.MentoringPair.Status;
import uk.nhs.eia.mentoring.PairActivity;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.mentoring.Stage;
import uk.nhs.eia.refusal.Invalid;

/** Every path of the reciprocal-mentoring process on the real engine, with the programme's records kept in step. */
@EiaSpringBootTest
class ReciprocalMentoringProcessTest {

    private static final String LEAD = "mlead";
    private static final String COACH = "coach";
    private static final LocalDate CLOSES = LocalDate.now().plusDays(14);
    private static final List<String> MONDAYS = List.of("mon-am", "mon-pm");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CohortDriver driver;
    @Autowired
    Cohorts cohorts;
    @Autowired
    Pairs pairs;
    @Autowired
    PairActivity activity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void anOpenedCohortWaitsForItsLeadToCloseApplicationsWhileStaffApply() {
        long cohort = cohortOfFour();

        assertThat(caseOf(cohort)).isWaitingAt("CloseApplications").task().hasCandidateGroup("mentoring-leads");
        assertThat(cohorts.cohort(cohort).stage()).isEqualTo(Stage.OPEN);
        assertThat(cohorts.cohort(cohort).applications()).isEqualTo(4);
    }

    @Test
    void datesOutOfOrderAreRefusedNamingTheFieldAndNoCohortStarts() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("reciprocal-mentoring").count();

        assertThatThrownBy(() -> driver.open(LEAD, "Back to front", CLOSES, 10, CLOSES.minusDays(1)))
                .isInstanceOf(Invalid.class)
                .satisfies(refused -> assertThat(((Invalid) refused).fieldErrors())
                        .anyMatch(error -> error.key().equals(MentoringForms.PROGRAMME_STARTS)));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reciprocal-mentoring").count()).isEqualTo(before);
    }

    @Test
    void applicationsCloseByThemselvesOnTheClosingDateAndPairsAreProposed() {
        long cohort = cohortOfFour();

        assertThat(driver.fire(cohort, "ApplicationsCloseDate")).isOne();

        assertThat(caseOf(cohort)).isWaitingAt("ConfirmPairs");
        assertThat(cohorts.cohort(cohort).stage()).isEqualTo(Stage.PAIRING);
        assertThat(pairs.pairsOf(cohort)).hasSize(2).allMatch(pair -> pair.status() == Status.PROPOSED);
    }

    @Test
    void theWholeProgrammeRunsFromPairsToFeedbackAndTheCohortFinishes() {
        long cohort = cohortOfFour();
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        assertThat(caseOf(cohort)).isWaitingAt("AgreeContract");
        List<MentoringPair> confirmed = pairs.pairsOf(cohort);
        assertThat(confirmed).hasSize(2).allMatch(pair -> pair.status() == Status.CONFIRMED);

        for (MentoringPair pair : confirmed) {
            driver.complete(stepOf(cohort, "AgreeContract", pair), pair.leader(), contract());
        }
        assertThat(driver.fire(cohort, "MidPointReached")).isEqualTo(2);
        for (MentoringPair pair : confirmed) {
            for (String member : List.of(pair.mentor(), pair.leader())) {
                driver.complete(stepFor(cohort, "MidPointFeedback", member), member, feedback(3, 3, 3, 4, null));
            }
        }
        assertThat(driver.fire(cohort, "ProgrammeEnded")).isEqualTo(2);
        for (MentoringPair pair : confirmed) {
            for (String member : List.of(pair.mentor(), pair.leader())) {
                driver.complete(stepFor(cohort, "EndFeedback", member), member, feedback(5, 4, 4, 5, "It changed how I listen"));
            }
        }

        assertThat(ended(cohort)).isTrue();
        assertThat(cohorts.cohort(cohort).stage()).isEqualTo(Stage.FINISHED);
        assertThat(pairs.pairsOf(cohort)).allMatch(pair -> pair.status() == Status.FINISHED && pair.contractAgreedAt() != null);
        assertThat(jdbc.sql("select count(*) from eia_mentoring_feedback f join eia_mentoring_pair p on p.id = f.pair_id "
                + "where p.cohort_id = ?").param(cohort).query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void onePairsAnswersAreNeverOfferedToAnotherPairsStep() {
        long cohort = cohortOfFour();
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        List<MentoringPair> confirmed = pairs.pairsOf(cohort);

        driver.complete(stepOf(cohort, "AgreeContract", confirmed.get(0)), confirmed.get(0).mentor(), contract());

        Task other = stepOf(cohort, "AgreeContract", confirmed.get(1));
        assertThat(tasks.getVariables(other.getId())).doesNotContainKeys(MentoringForms.GROUND_RULES,
                MentoringForms.MEETING_FREQUENCY);
    }

    @Test
    void aCoachingCallRequestGivesACoachTheStepAndTheCallIsRecorded() {
        long cohort = cohortOfFour();
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        MentoringPair pair = pairs.pairsOf(cohort).get(0);

        activity.requestCoaching(pair.id(), pair.mentor(), Map.of(MentoringForms.COACHING_REASON, "We keep avoiding hard topics"));

        Task call = driver.steps(cohort, "ScheduleCoachingCall").get(0);
        assertThat(tasks.getIdentityLinksForTask(call.getId())).anyMatch(link -> "mentoring-coaches".equals(link.getGroupId()));
        driver.complete(call, COACH, Map.of(MentoringForms.CALL_DATE, LocalDate.now().toString(), MentoringForms.CALL_HELD,
                MentoringForms.HELD, MentoringForms.CALL_NOTES, "Agreed to bring one story each"));
        assertThat(activity.callsOf(pair.id())).singleElement().satisfies(recorded -> {
            assertThat(recorded.held()).isTrue();
            assertThat(recorded.coach()).isEqualTo(COACH);
        });
        assertThat(driver.steps(cohort, "AgreeContract")).hasSize(2);
    }

    @Test
    void aLeaverIsReplacedByWhoeverFreeFitsBestAndTheNewcomerGetsTheirSteps() {
        long cohort = driver.open(LEAD, "Leavers " + System.nanoTime(), CLOSES, 10);
        driver.apply(cohort, "amara", survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null, MONDAYS, List.of("speak-up"), List.of(), 3));
        driver.apply(cohort, "ravi", survey(MentoringForms.REVERSE_MENTOR, "digital", null, MONDAYS, List.of("inclusive-leadership"), List.of(), 3));
        driver.apply(cohort, "helen", survey(MentoringForms.SENIOR_LEADER, "operations", null, MONDAYS, List.of("speak-up"), List.of(), 3));
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        MentoringPair pair = pairs.pairsOf(cohort).stream().filter(p -> p.status() == Status.CONFIRMED).findFirst().orElseThrow();
        assertThat(pair.mentor()).isEqualTo("amara");

        String outcome = pairs.leave(cohort, "amara", "Moved to another trust in the merger", LEAD);

        assertThat(outcome).contains("Ravi Kumar");
        assertThat(pairs.pair(pair.id()).mentor()).isEqualTo("ravi");
        Task contractStep = stepOf(cohort, "AgreeContract", pair);
        assertThat(tasks.getIdentityLinksForTask(contractStep.getId())).anyMatch(link -> "ravi".equals(link.getUserId()))
                .noneMatch(link -> "amara".equals(link.getUserId()));
    }

    @Test
    void aLeaverWithNobodyFreeToReplaceThemClosesThePairAndEndsItsSteps() {
        long cohort = cohortOfFour();
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        MentoringPair pair = pairs.pairsOf(cohort).get(0);

        String outcome = pairs.leave(cohort, pair.mentor(), "Left the trust", LEAD);

        assertThat(outcome).contains("closed");
        assertThat(pairs.pair(pair.id()).status()).isEqualTo(Status.CLOSED);
        assertThat(pairs.pair(pair.id()).closedReason()).contains("Left the trust");
        assertThat(driver.steps(cohort, "AgreeContract")).hasSize(1);
        assertThat(caseOf(cohort)).isActive();
    }

    @Test
    void aCohortWithoutAPairFinishesWhenItsLeadConfirms() {
        long cohort = driver.open(LEAD, "Too few " + System.nanoTime(), CLOSES, 10);
        driver.apply(cohort, "amara", survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null, MONDAYS, List.of("speak-up"), List.of(), 3));
        driver.closeApplications(cohort, LEAD);

        assertThat(pairs.unpaired(cohort)).singleElement().satisfies(alone ->
                assertThat(alone.reason()).isEqualTo("No one applied as a senior leader"));
        driver.confirmPairs(cohort, LEAD);

        assertThat(ended(cohort)).isTrue();
        assertThat(cohorts.cohort(cohort).stage()).isEqualTo(Stage.FINISHED);
    }

    private long cohortOfFour() {
        long cohort = driver.open(LEAD, "Cohort " + System.nanoTime(), CLOSES, 10);
        driver.apply(cohort, "amara", survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null, MONDAYS, List.of("speak-up"), List.of(), 3));
        driver.apply(cohort, "ravi", survey(MentoringForms.REVERSE_MENTOR, "digital", "james", MONDAYS, List.of("inclusive-leadership"), List.of(), 3));
        driver.apply(cohort, "james", survey(MentoringForms.SENIOR_LEADER, "digital", null, MONDAYS, List.of("speak-up"), List.of(), 3));
        driver.apply(cohort, "helen", survey(MentoringForms.SENIOR_LEADER, "nursing-quality", null, MONDAYS, List.of("inclusive-leadership"), List.of(), 3));
        return cohort;
    }

    private ProcessInstance caseOf(long cohort) {
        return runtime.createProcessInstanceQuery().processInstanceId(cohorts.processInstanceOf(cohort)).singleResult();
    }

    private boolean ended(long cohort) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(cohorts.processInstanceOf(cohort)).finished().count() == 1;
    }

    private Task stepOf(long cohort, String element, MentoringPair pair) {
        return driver.stepOf(cohort, element, pair.id());
    }

    private Task stepFor(long cohort, String element, String member) {
        return driver.steps(cohort, element).stream().filter(task -> member.equals(task.getAssignee())).findFirst().orElseThrow();
    }
}
