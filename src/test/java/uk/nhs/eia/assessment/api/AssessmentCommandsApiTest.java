package uk.nhs.eia.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;

/** Starting and withdrawing assessments through the JSON API, and every way either is refused. */
@EiaSpringBootTest
class AssessmentCommandsApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anAuthorStartsAnAssessmentAndGetsItsReferenceAndWhereToFindIt() {
        ResponseEntity<Map> started = start("author", proposal("Started through the API", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody()).containsKeys("id", "reference", "status", "processInstanceId")
                .containsEntry("status", "IN_PROGRESS");
        assertThat((String) started.getBody().get("reference")).matches("EIA-\\d{4}-\\d{4}");
        assertThat(started.getHeaders().getLocation()).hasToString("/api/assessments/" + started.getBody().get("id"));
    }

    @Test
    void aProposalWithMissingAnswersIsRefusedNamingEachFieldAndNothingStarts() {
        long before = count("author");

        ResponseEntity<Map> refused = start("author", Map.of("title", "Only a title"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(keys(refused)).contains("proposalType", "directorate", "decisionMaker", "plannedDecisionDate")
                .doesNotContain("title");
        assertThat(count("author")).isEqualTo(before);
    }

    @Test
    void theAuthorCannotBeTheirOwnDecisionMaker() {
        ResponseEntity<Map> refused = start("author", proposal("Self approval", "policy", "new", "operations", "author",
                LocalDate.now().plusMonths(1)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors")).isEqualTo(List.of(Map.of("key", "decisionMaker", "message",
                "The decision-maker must be someone other than the author; enter the username of the person who will sign off")));
    }

    @Test
    void onlyAuthorsStartAssessmentsAndOnlySignedInPeople() {
        Map<String, Object> proposal = proposal("Not mine to start", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1));

        assertThat(start("auditor", proposal).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/assessments", proposal, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAuthorWithdrawsAnAssessmentInProgressWithAReason() {
        Object id = started("To be withdrawn");

        ResponseEntity<Map> withdrawn = withdraw("author", id, "The board dropped the proposal");

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN").containsEntry("currentStep", null);
        Map<?, ?> record = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id, Map.class);
        assertThat(record.get("currentTasks")).isEqualTo(List.of());
        assertThat(record.get("timeline").toString()).contains("Withdrawn: The board dropped the proposal");
    }

    @Test
    void aWithdrawalIsRefusedWithoutAReasonByAnyoneButTheAuthorAndOnceItHasEnded() {
        Object id = started("Withdrawal refusals");

        assertThat(withdraw("author", id, " ").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withdraw("author", id, "x".repeat(1001)).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withdraw("lead", id, "Not mine").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withdraw("author", 999_999, "No such").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdraw("author", id, "First time").getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> again = withdraw("author", id, "Second time");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("Only an assessment in progress can be withdrawn");
    }

    private Object started(String title) {
        return start("author", proposal(title, "policy", "new", "operations", "approver", LocalDate.now().plusMonths(1)))
                .getBody().get("id");
    }

    private ResponseEntity<Map> start(String user, Map<String, Object> proposal) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/assessments", proposal, Map.class);
    }

    private ResponseEntity<Map> withdraw(String user, Object id, String reason) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/assessments/" + id + "/withdraw",
                Map.of("reason", reason), Map.class);
    }

    private long count(String user) {
        return ((Number) rest.withBasicAuth(user, "demo").getForObject("/api/assessments", Map.class).get("totalElements"))
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(ResponseEntity<Map> refused) {
        return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(error -> error.get("key")).toList();
    }
}
