package uk.nhs.eia.library.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.library.api.LibraryApiTest.JSON;
import static uk.nhs.eia.library.api.LibraryApiTest.source;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.Uploads;

/**
 * An author cites library sources from the evidence step, saying what each shows for their proposal; a stale source is
 * a quality finding; and the library shows where each source is used, without showing anyone an assessment that is
 * not theirs to read.
 */
@EiaSpringBootTest
class CitationsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;

    Uploads api;
    Long assessment;
    Object census;
    Object survey;

    @BeforeEach
    void anAssessmentAtItsEvidenceStepAndTwoSources() throws IOException {
        api = new Uploads(port);
        ProcessInstance instance = EvidenceStep.reached(driver, "Citing");
        assessment = ((Number) driver.assessmentId(instance)).longValue();
        census = added(source("Census 2021 " + System.nanoTime(), LocalDate.now().plusYears(1), List.of("race", "age")));
        Map<String, Object> old = source("Patient survey 2020 " + System.nanoTime(), LocalDate.now().minusMonths(1),
                List.of("disability"));
        old.put("publishedOn", "2020-06-01");
        survey = added(old);
    }

    @Test
    void anAuthorCitesTwoSourcesAndTheStaleOneIsAQualityFinding() throws IOException {
        assertThat(cite("author", census, "Older people are a third of the clinic's catchment").statusCode()).isEqualTo(201);
        assertThat(cite("author", survey, "One in five patients reported a disability").statusCode()).isEqualTo(201);

        List<Map<String, Object>> cited = JSON.readValue(send("lead", "GET", path(), null).body(), List.class);
        assertThat(cited).extracting(c -> c.get("shows")).containsExactly(
                "Older people are a third of the clinic's catchment", "One in five patients reported a disability");
        assertThat(cited).extracting(c -> c.get("stale")).containsExactly(false, true);
        Map<String, Object> quality = JSON.readValue(send("author", "GET", "/api/assessments/" + assessment + "/quality", null)
                .body(), Map.class);
        assertThat((List<Map<String, Object>>) quality.get("checks")).anySatisfy(check -> assertThat(check)
                .containsEntry("id", "Q17").containsEntry("passed", false).containsEntry("severity", "warning")
                .extractingByKey("message").asString().contains("Patient survey 2020", "past their review-by date"));
    }

    @Test
    void eachCitationThatCannotBeMadeIsRefusedSayingWhyAndNothingIsKept() throws IOException {
        assertRefused(cite("author", census, " "), 422, "\"shows\"", "Say what the source shows");
        assertRefused(send("author", "POST", path(), Map.of("shows", "Something")), 422, "\"sourceId\"");
        assertRefused(cite("author", 999_999, "Something"), 404, "no source 999999");
        assertRefused(cite("lead", census, "Something"), 403, "cite library sources at Evidence and engagement");
        assertRefused(cite("author2", census, "Something"), 403, "cannot see this assessment");
        assertThat(JSON.readValue(send("author", "GET", path(), null).body(), List.class)).isEmpty();

        cite("author", census, "Older people are a third of the catchment");
        assertRefused(cite("author", census, "Again"), 409, "cites");
    }

    @Test
    void theLibraryShowsWhereASourceIsUsedOnlyToThoseWhoMayReadTheAssessment() throws IOException {
        cite("author", census, "Older people are a third of the catchment");

        Map<String, Object> toLead = JSON.readValue(send("lead", "GET", "/api/library/sources/" + census + "/use", null)
                .body(), Map.class);
        Map<String, Object> toAnotherAuthor = JSON.readValue(send("author2", "GET", "/api/library/sources/" + census
                + "/use", null).body(), Map.class);

        assertThat((List<Map<String, Object>>) toLead.get("seen")).extracting(a -> ((Number) a.get("assessmentId")).longValue())
                .containsExactly(assessment);
        assertThat(toAnotherAuthor.get("seen")).asList().isEmpty();
        assertThat(toAnotherAuthor).containsEntry("others", 1);
    }

    @Test
    void citingOneSourceTwiceAtOnceKeepsOneCitationAndAnswersTheOther409() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> both = two.invokeAll(List.of(
                    () -> cite("author", census, "First"), () -> cite("author", census, "Second")));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> one : both) {
                statuses.add(one.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            two.shutdown();
        }
        assertThat(JSON.readValue(send("author", "GET", path(), null).body(), List.class)).hasSize(1);
    }

    @Test
    void aCitationIsTakenOutWhileTheStepIsTheAuthors() throws IOException {
        Map<String, Object> citation = JSON.readValue(cite("author", census, "Older people").body(), Map.class);

        assertThat(send("lead", "DELETE", path() + "/" + citation.get("id"), null).statusCode()).isEqualTo(403);
        assertThat(send("author", "DELETE", path() + "/" + citation.get("id"), null).statusCode()).isEqualTo(204);
        assertThat(JSON.readValue(send("author", "GET", path(), null).body(), List.class)).isEmpty();
    }

    private void assertRefused(HttpResponse<String> response, int status, String... words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(words);
    }

    private Object added(Map<String, Object> source) throws IOException {
        HttpResponse<String> added = send("lead", "POST", "/api/library/sources", source);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return JSON.readValue(added.body(), Map.class).get("id");
    }

    private HttpResponse<String> cite(String person, Object sourceId, String shows) throws IOException {
        return send(person, "POST", path(), Map.of("sourceId", sourceId, "shows", shows));
    }

    private String path() {
        return "/api/assessments/" + assessment + "/sources";
    }

    private HttpResponse<String> send(String person, String method, String path, Object body) throws IOException {
        return api.send(person, method, path, body == null ? null : "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
    }
}
