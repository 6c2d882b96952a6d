package uk.nhs.eia.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.confirmScreeningOut;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** The daily follow-up, run for the day a test chooses: actions falling due and overdue, review dates near and missed. */
@EiaSpringBootTest
class FollowUpRemindersTest {

    @Autowired
    FollowUpReminders followUps;
    @Autowired
    Notifications notifications;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void anActionIsRemindedOnceAWeekBeforeItIsDueAndOnceWhenOverdueToTheAuthorAndAnOwnerWhoSignsIn() {
        LocalDate review = LocalDate.now().plusYears(1);
        LocalDate due = review.minusMonths(3);
        ProcessInstance instance = startedToActionPlan("Actions followed up " + System.nanoTime());
        Map<String, Object> plan = new HashMap<>(actionPlanAndOutcome(review));
        plan.put("actions", List.of(Map.of("action", "Offer interpreters at every clinic", "owner", "author2",
                "dueDate", due.toString(), "successMeasure", "Every clinic offers one", "status", "in-progress")));
        driver.complete(instance, "author", plan);
        String reference = reference(instance);

        followUps.sendFor(due.minusDays(8));
        assertThat(subjectsOf("author")).doesNotContain("Action due soon for " + reference);

        followUps.sendFor(due.minusDays(7));
        followUps.sendFor(due.minusDays(6));
        assertThat(subjectsOf("author")).containsOnlyOnce("Action due soon for " + reference);
        assertThat(subjectsOf("author2")).containsOnlyOnce("Action due soon for " + reference);
        assertThat(notifications.of("author2")).filteredOn(n -> n.subject().equals("Action due soon for " + reference))
                .extracting(Notification::body).containsExactly("\"Offer interpreters at every clinic\" (owner: author2) is due on "
                        + EnglishDay.of(due) + ". When it is done, record it in the action plan at the next review.");

        followUps.sendFor(due.plusDays(1));
        followUps.sendFor(due.plusDays(2));
        assertThat(subjectsOf("author")).containsOnlyOnce("Overdue action for " + reference);
    }

    @Test
    void anActionMarkedDoneOrOfAWithdrawnAssessmentIsNotFollowedUp() {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance instance = startedToActionPlan("Withdrawn with actions " + System.nanoTime());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        String reference = reference(instance);
        driver.withdraw(instance, "The proposal was dropped");

        followUps.sendFor(review.minusMonths(3).plusDays(1));

        assertThat(subjectsOf("author")).doesNotContain("Overdue action for " + reference);
    }

    @Test
    void theAuthorHearsThirtyDaysBeforeAReviewDateAndOfAScreenedOutAssessmentsMissedReview() {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance published = startedToActionPlan("Review coming " + System.nanoTime());
        driver.complete(published, "author", actionPlanAndOutcome(review));
        driver.complete(published, "lead", qualityReview("accept", null));
        driver.complete(published, "approver", signOff("approve", null));
        ProcessInstance screenedOut = driver.start("author", proposal("Screened out, review missed " + System.nanoTime(),
                "policy", "new", "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(screenedOut, "author", screening(false));
        driver.complete(screenedOut, "lead", confirmScreeningOut(true, review));

        followUps.sendFor(review.minusDays(31));
        assertThat(subjectsOf("author")).doesNotContain("Review due soon for " + reference(published));
        followUps.sendFor(review.minusDays(30));
        followUps.sendFor(review.minusDays(29));
        followUps.sendFor(review.plusDays(1));

        assertThat(subjectsOf("author")).containsOnlyOnce("Review due soon for " + reference(published))
                .containsOnlyOnce("Review due soon for " + reference(screenedOut))
                .containsOnlyOnce("Review date passed for " + reference(screenedOut))
                .doesNotContain("Review date passed for " + reference(published));
    }

    @Test
    void theEngineRunsTheFollowUpEveryMorningAndKeepsOneTimerForTheNext() {
        Job daily = management.createJobQuery().processDefinitionKey("eia-follow-up").timers().singleResult();
        long runs = history.createHistoricProcessInstanceQuery().processDefinitionKey("eia-follow-up").finished().count();

        management.executeJob(daily.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("eia-follow-up").finished().count())
                .isEqualTo(runs + 1);
        assertThat(management.createJobQuery().processDefinitionKey("eia-follow-up").timers().list()).hasSize(1);
    }

    private ProcessInstance startedToActionPlan(String title) {
        ProcessInstance instance = driver.start("author", proposal(title, "service-change", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        return instance;
    }

    private String reference(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0).getReference();
    }

    private List<String> subjectsOf(String username) {
        return notifications.of(username).stream().map(Notification::subject).toList();
    }

    /** Dates as the reminders write them. */
    private static final class EnglishDay {
        static String of(LocalDate day) {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        }
    }
}
