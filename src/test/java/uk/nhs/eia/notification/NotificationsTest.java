package uk.nhs.eia.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** People hear when a step needs them: in the app, and by e-mail through a real SMTP server. */
@EiaSpringBootTest
class NotificationsTest {

    @Autowired
    AssessmentDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    GreenMail mail;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theTeamHearsOfAReviewWaitingAndTheDecisionMakerOfTheSignOffGivenToThem() throws Exception {
        String title = "Notified " + System.nanoTime();
        ProcessInstance instance = driver.start("author", proposal(title, "service-change", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        String reference = (String) rest.withBasicAuth("author", "demo")
                .getForObject("/api/assessments/" + driver.assessmentId(instance), Map.class).get("reference");

        List<Map<String, Object>> leads = notifications("lead");
        assertThat(leads).anySatisfy(n -> assertThat(n).containsEntry("subject", "Quality review for " + reference
                + " is waiting in your team's tasks").containsEntry("readAt", null));
        assertThat(notifications("author")).noneMatch(n -> n.get("subject").toString().contains(reference));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjectsMailedTo("lead@eia.example.nhs.uk"))
                .contains("Quality review for " + reference + " is waiting in your team's tasks"));

        driver.complete(instance, "lead", qualityReview("accept", null));

        assertThat(notifications("approver")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "Sign-off for " + reference + " is with you")
                .containsEntry("link", "/tasks/" + driver.currentTask(instance).getId()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjectsMailedTo("approver@eia.example.nhs.uk"))
                .contains("Sign-off for " + reference + " is with you"));
    }

    @Test
    void anOverdueStepRemindsItsHolderByMailAndLaterEscalatesToTheEqualityLeads() throws Exception {
        ProcessInstance instance = driver.start("author", proposal("Overdue " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        String reference = (String) rest.withBasicAuth("author", "demo")
                .getForObject("/api/assessments/" + driver.assessmentId(instance), Map.class).get("reference");

        driver.fire(driver.timer(instance, "Screening_Reminder"));

        assertThat(notifications("author")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "Reminder: Screening for " + reference + " is overdue")
                .containsEntry("link", "/tasks/" + driver.currentTask(instance).getId()));
        assertThat(notifications("lead")).noneMatch(n -> n.get("subject").toString().contains(reference));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjectsMailedTo("author@eia.example.nhs.uk"))
                .contains("Reminder: Screening for " + reference + " is overdue"));

        driver.fire(driver.timer(instance, "Screening_Escalation"));

        assertThat(notifications("lead")).anySatisfy(n -> assertThat(n)
                .containsEntry("subject", "Escalated: Screening for " + reference + " is still overdue")
                .containsEntry("link", "/assessments/" + driver.assessmentId(instance)));
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subjectsMailedTo("lead@eia.example.nhs.uk"))
                .contains("Escalated: Screening for " + reference + " is still overdue"));
    }

    @Test
    void anEscalatedReviewThatALeadClaimedGoesBackToTheTeamsQueue() {
        ProcessInstance instance = driver.start("author", proposal("Stalled review " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        driver.actingAs("lead", () -> {
            taskService.claim(driver.currentTask(instance).getId(), "lead");
            return null;
        });

        driver.fire(driver.timer(instance, "QualityReview_Reminder"));
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("lead");
        driver.fire(driver.timer(instance, "QualityReview_Escalation"));

        assertThat(driver.currentTask(instance).getAssignee()).isNull();
        assertThat(taskService.createTaskQuery().taskId(driver.currentTask(instance).getId())
                .taskCandidateGroup("equality-leads").count()).isEqualTo(1);
    }

    @Test
    void aPersonMarksTheirNotificationsReadAndNobodyElseCan() {
        ProcessInstance instance = driver.start("author", proposal("Read me " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(false));
        Object id = notifications("lead").get(0).get("id");

        rest.withBasicAuth("author", "demo").postForEntity("/api/notifications/" + id + "/read", null, Void.class);
        assertThat(notifications("lead").get(0)).containsEntry("id", id).containsEntry("readAt", null);

        rest.withBasicAuth("lead", "demo").postForEntity("/api/notifications/" + id + "/read", null, Void.class);
        assertThat(notifications("lead").get(0).get("readAt")).isNotNull();
        assertThat(notifications("author")).noneMatch(n -> n.get("id").equals(id));
    }

    private List<Map<String, Object>> notifications(String user) {
        return Arrays.stream(rest.withBasicAuth(user, "demo").getForObject("/api/notifications", Map[].class))
                .map(n -> (Map<String, Object>) n).toList();
    }

    private List<String> subjectsMailedTo(String address) throws Exception {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).map(NotificationsTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
