package uk.nhs.eia.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;

/**
 * Delegates give feedback on a session through the API, once each, checked by the form engine; eia-admins read
 * it summed up. The figures expected are worked out by hand from the answers each test sends.
 */
@EiaSpringBootTest
class TrainingFeedbackTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportCountsEachAnswerAndListsWhatDelegatesWrote() {
        long session = TrainingSessions.withDelegates(rest, "Feedback report", "author", "author2", "lead", "approver");
        Map<String, Object> before = overview();

        assertThat(give("author", session, answers("5", "about-right", "too-long",
                "paceAndLengthComment", "Could be an hour shorter", "whatHelped", "The worked examples")).getStatusCode().value())
                .isEqualTo(201);
        give("author2", session, answers("4", "too-fast", "about-right", "whatToChange", "More time on health inequalities"));
        give("lead", session, answers("4", "about-right", "about-right"));
        give("approver", session, answers("2", "too-slow", "too-long", "whatHelped", "   ",
                "whatToChange", "Send the slides beforehand"));

        Map<String, Object> report = rest.withBasicAuth("admin", "demo")
                .getForObject("/api/training/sessions/" + session + "/feedback", Map.class);
        assertThat(report.get("responses")).isEqualTo(4);
        assertThat(counts(report, "satisfaction")).isEqualTo(Map.of("1", 0, "2", 1, "3", 0, "4", 2, "5", 1));
        assertThat(((Number) report.get("meanSatisfaction")).doubleValue()).isEqualTo(3.75);
        assertThat(counts(report, "pace")).isEqualTo(Map.of("too-slow", 1, "about-right", 2, "too-fast", 1));
        assertThat(counts(report, "length")).isEqualTo(Map.of("too-short", 0, "about-right", 2, "too-long", 2));
        assertThat(comments(report)).isEqualTo(Map.of(
                "paceAndLengthComment", List.of("Could be an hour shorter"),
                "whatHelped", List.of("The worked examples"),
                "whatToChange", List.of("More time on health inequalities", "Send the slides beforehand")));

        Map<String, Object> after = overview();
        Map<String, Object> overall = (Map<String, Object>) after.get("overall");
        assertThat((int) overall.get("responses") - (int) ((Map<String, Object>) before.get("overall")).get("responses"))
                .isEqualTo(4);
        assertThat(((List<Map<String, Object>>) after.get("sessions")))
                .filteredOn(s -> ((Number) s.get("sessionId")).longValue() == session)
                .singleElement().satisfies(s -> {
                    assertThat(s.get("responses")).isEqualTo(4);
                    assertThat(s.get("delegates")).isEqualTo(4);
                    assertThat(((Number) s.get("meanSatisfaction")).doubleValue()).isEqualTo(3.75);
                });
        assertThat(comments(overall).get("whatToChange")).contains("More time on health inequalities", "Send the slides beforehand");
    }

    @Test
    void feedbackIsKeptAsTheFormAcceptedItWithAnAuditEvent() {
        long session = TrainingSessions.withDelegates(rest, "Kept feedback", "author");

        ResponseEntity<Map> given = give("author", session, answers("3", "about-right", "too-short", "whatHelped", "The quiz"));

        assertThat(given.getStatusCode().value()).isEqualTo(201);
        assertThat(given.getBody().get("answers")).isEqualTo(Map.of("satisfaction", "3", "pace", "about-right",
                "length", "too-short", "whatHelped", "The quiz"));
        assertThat(jdbc.sql("select count(*) from eia_audit_event where type = 'TRAINING_FEEDBACK_GIVEN' and subject_id = ?")
                .param(session + ":author").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void feedbackWithoutASatisfactionScoreIsRefusedNamingTheField() {
        long session = TrainingSessions.withDelegates(rest, "Missing score", "author");

        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity(
                "/api/training/sessions/" + session + "/feedback",
                Map.of("data", Map.of("pace", "about-right", "length", "about-right")), Map.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(refused)).containsExactly("satisfaction: Select how satisfied you were with the session");
        assertThat(responsesAt(session)).isZero();
    }

    @Test
    void aSatisfactionScoreOutsideOneToFiveIsRefused() {
        long session = TrainingSessions.withDelegates(rest, "Score of seven", "author");

        ResponseEntity<Map> refused = give("author", session, answers("7", "too-fast", "made-up"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(refused)).containsExactly(
                "satisfaction: Select how satisfied you were with the session from the options given",
                "length: Select how the length of the session was from the options given");
    }

    @Test
    void someoneNotRecordedAtTheSessionCannotGiveFeedbackOnIt() {
        long session = TrainingSessions.withDelegates(rest, "Not theirs", "author");

        ResponseEntity<Map> refused = give("auditor", session, answers("5", "about-right", "about-right"));

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat((String) refused.getBody().get("detail"))
                .startsWith("auditor is not recorded as a delegate of \"Not theirs\"");
        assertThat(responsesAt(session)).isZero();
    }

    @Test
    void aSecondResponseToTheSameSessionIsAConflict() {
        long session = TrainingSessions.withDelegates(rest, "Twice", "author");
        give("author", session, answers("5", "about-right", "about-right"));

        ResponseEntity<Map> again = give("author", session, answers("1", "too-slow", "too-long"));

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).startsWith("author has already given feedback on \"Twice\"");
        assertThat(jdbc.sql("select answers from eia_training_feedback where session_id = ?").param(session)
                .query(String.class).single()).contains("\"satisfaction\":\"5\"");
    }

    @Test
    void twoResponsesSentAtOnceAreKeptOnce() throws Exception {
        long session = TrainingSessions.withDelegates(rest, "Double click", "author");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return give("author", session, answers("4", "about-right", "about-right"));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(responsesAt(session)).isEqualTo(1);
    }

    @Test
    void anUnknownSessionIsNotFoundAndAMalformedRequestIsABadRequest() {
        assertThat(give("author", 999_999, answers("5", "about-right", "about-right")).getStatusCode().value()).isEqualTo(404);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/training/sessions/999999/feedback", Map.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(give("author", "not-a-number", answers("5", "about-right", "about-right")).getStatusCode().value())
                .isEqualTo(400);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        long session = TrainingSessions.withDelegates(rest, "Malformed", "author");
        assertThat(rest.withBasicAuth("author", "demo").postForEntity("/api/training/sessions/" + session + "/feedback",
                new HttpEntity<>("{\"data\": \"five\"}", json), Map.class).getStatusCode().value()).isEqualTo(400);
        assertThat(rest.withBasicAuth("author", "demo").postForEntity("/api/training/sessions/" + session + "/feedback",
                new HttpEntity<>("{not json", json), Map.class).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsReadWhatDelegatesSaid() {
        long session = TrainingSessions.withDelegates(rest, "Private feedback", "author");
        give("author", session, answers("5", "about-right", "about-right"));

        for (String path : List.of("/api/training/sessions/" + session + "/feedback", "/api/training/feedback")) {
            assertThat(rest.withBasicAuth("author", "demo").getForEntity(path, Map.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
            assertThat(rest.withBasicAuth("lead", "demo").getForEntity(path, Map.class).getStatusCode().value())
                    .as(path).isEqualTo(403);
            assertThat(rest.withBasicAuth("admin", "demo").getForEntity(path, Map.class).getStatusCode().value())
                    .as(path).isEqualTo(200);
        }
    }

    private ResponseEntity<Map> give(String username, Object session, Map<String, Object> answers) {
        return rest.withBasicAuth(username, "demo").postForEntity("/api/training/sessions/" + session + "/feedback",
                Map.of("data", answers), Map.class);
    }

    private Map<String, Object> overview() {
        return rest.withBasicAuth("admin", "demo").getForObject("/api/training/feedback", Map.class);
    }

    private long responsesAt(long session) {
        return jdbc.sql("select count(*) from eia_training_feedback where session_id = ?").param(session)
                .query(Long.class).single();
    }

    /** Satisfaction, pace and length, then optional comments as key and text pairs. */
    static Map<String, Object> answers(String satisfaction, String pace, String length, String... comments) {
        Map<String, Object> answers = new HashMap<>(Map.of("satisfaction", satisfaction, "pace", pace, "length", length));
        for (int i = 0; i < comments.length; i += 2) {
            answers.put(comments[i], comments[i + 1]);
        }
        return answers;
    }

    private static Map<String, Integer> counts(Map<String, Object> report, String question) {
        Map<String, Integer> counts = new HashMap<>();
        ((List<Map<String, Object>>) report.get(question)).forEach(c -> counts.put((String) c.get("value"), (Integer) c.get("count")));
        return counts;
    }

    private static Map<String, List<String>> comments(Map<String, Object> report) {
        Map<String, List<String>> comments = new HashMap<>();
        ((List<Map<String, Object>>) report.get("comments")).forEach(q -> comments.put((String) q.get("key"),
                ((List<Map<String, Object>>) q.get("answers")).stream().map(a -> (String) a.get("text")).toList()));
        return comments;
    }

    private static List<String> errors(ResponseEntity<Map> refused) {
        return ((List<Map<String, Object>>) refused.getBody().get("errors")).stream()
                .map(e -> e.get("key") + ": " + e.get("message")).toList();
    }
}
