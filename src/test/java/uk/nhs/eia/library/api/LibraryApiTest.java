package uk.nhs.eia.library.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;

/**
 * Equality leads keep the trust's evidence library: every source with the groups it speaks to and a date to look at
 * it again; everyone searches it; two leads changing one source at once cannot overwrite each other; and the library
 * shows the groups the trust holds no current evidence for.
 */
@EiaSpringBootTest
class LibraryApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Uploads api;

    @BeforeEach
    void client() {
        api = new Uploads(port);
    }

    @Test
    void aLeadAddsASourceThatAnyoneCanFindByWordsAndByGroup() throws IOException {
        String title = "Census 2021 ethnicity tables " + System.nanoTime();

        HttpResponse<String> added = send("lead", "POST", "/api/library/sources", source(title, LocalDate.now().plusYears(1),
                List.of("race", "religionBelief")));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Map<String, Object> source = JSON.readValue(added.body(), Map.class);
        assertThat(source).containsEntry("title", title).containsEntry("stale", false).containsEntry("version", 1)
                .containsEntry("groups", List.of("race", "religionBelief"));
        assertThat(search("author", "?q=" + title.substring(0, 20).replace(' ', '+') + "&group=race"))
                .extracting(found -> found.get("title")).contains(title);
        assertThat(search("author", "?q=" + title.replace(' ', '+') + "&group=age")).isEmpty();
        assertThat(search("author", "?q=%25")).isEmpty();
    }

    @Test
    void onlyEqualityLeadsChangeTheLibrary() throws IOException {
        for (String person : List.of("author", "approver", "auditor", "admin")) {
            assertThat(send(person, "POST", "/api/library/sources", source("Mine", LocalDate.now().plusYears(1),
                    List.of("age"))).statusCode()).as(person).isEqualTo(403);
        }
    }

    @Test
    void everyProblemWithASourceIsNamedAtOnceAndNothingIsKept() throws IOException {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", " ");
        bad.put("publishedOn", LocalDate.now().plusDays(3).toString());
        bad.put("link", "javascript:alert(1)");
        bad.put("reviewBy", "31/03/2027");
        bad.put("groups", List.of("age", "astrology"));

        HttpResponse<String> refused = send("lead", "POST", "/api/library/sources", bad);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Enter the title of the source", "Enter who published it",
                "must be today or in the past", "starting https://", "Enter the area it covers",
                "must be a real date written as year-month-day", "\\\"astrology\\\" is not a characteristic");
        assertThat(search("lead", "?q=javascript")).isEmpty();
    }

    @Test
    void aChangeMadeOnAnOldVersionIsRefusedAndDoesNotOverwriteTheOtherLeads() throws IOException {
        Map<String, Object> source = JSON.readValue(send("lead", "POST", "/api/library/sources",
                source("Staff survey " + System.nanoTime(), LocalDate.now().plusYears(1), List.of("disability"))).body(), Map.class);
        Object id = source.get("id");
        Map<String, Object> first = new HashMap<>(source("Staff survey 2026", LocalDate.now().plusYears(2), List.of("disability")));
        first.put("version", 1);
        Map<String, Object> second = new HashMap<>(source("Staff survey, renamed", LocalDate.now().plusYears(2), List.of("age")));
        second.put("version", 1);

        assertThat(send("lead", "PUT", "/api/library/sources/" + id, first).statusCode()).isEqualTo(200);
        HttpResponse<String> late = send("lead", "PUT", "/api/library/sources/" + id, second);

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(JSON.readValue(send("author", "GET", "/api/library/sources/" + id, null).body(), Map.class))
                .containsEntry("title", "Staff survey 2026").containsEntry("version", 2);
        assertThat(send("author", "GET", "/api/library/sources/999999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSourcePastItsReviewDateIsStaleAndLeavesItsGroupsWithoutCurrentEvidence() throws IOException {
        Map<String, Object> old = source("Travellers' health needs 2019 " + System.nanoTime(), LocalDate.now().minusDays(1),
                List.of("otherLocalGroups"));
        old.put("publishedOn", "2019-05-01");
        Map<String, Object> stale = JSON.readValue(send("lead", "POST", "/api/library/sources", old).body(), Map.class);

        assertThat(stale).containsEntry("stale", true);
        List<Map<String, Object>> coverage = JSON.readValue(send("author", "GET", "/api/library/coverage", null).body(),
                List.class);
        assertThat(coverage).hasSize(20).anySatisfy(group -> assertThat(group)
                .containsEntry("group", "otherLocalGroups").containsEntry("current", 0).containsEntry("gap", true)
                .extractingByKey("stale").satisfies(count -> assertThat(((Number) count).intValue()).isPositive()));
    }

    @Test
    void aSourceWithNoWebAddressIsReadInTheDocumentKeptForIt() throws IOException {
        byte[] report = SampleFiles.pdf("Travellers' health needs");
        assertThat(api.rawTo("author", "/api/library/documents", "needs.pdf", report).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = api.rawTo("lead", "/api/library/documents", "needs.pdf", SampleFiles.program());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("needs.pdf", "a program");
        HttpResponse<String> kept = api.rawTo("lead", "/api/library/documents", "Travellers' health needs.pdf", report);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        Object documentId = JSON.readValue(kept.body(), Map.class).get("id");

        Map<String, Object> details = source("Travellers' health needs " + System.nanoTime(), LocalDate.now().plusYears(1),
                List.of("otherLocalGroups"));
        details.remove("link");
        assertThat(send("lead", "POST", "/api/library/sources", details).body())
                .contains("Enter the web address where the source can be read, or attach the document");
        details.put("documentId", 999_999);
        assertThat(send("lead", "POST", "/api/library/sources", details).body()).contains("\"documentId\"");
        details.put("documentId", documentId);
        HttpResponse<String> added = send("lead", "POST", "/api/library/sources", details);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        Map<String, Object> source = JSON.readValue(added.body(), Map.class);
        assertThat(source).containsEntry("link", null).containsEntry("documentName", "Travellers' health needs.pdf");
        assertThat(api.bytes("author", "/api/library/sources/" + source.get("id") + "/document")).isEqualTo(report);
    }

    static Map<String, Object> source(String title, LocalDate reviewBy, List<String> groups) {
        Map<String, Object> source = new HashMap<>();
        source.put("title", title);
        source.put("publisher", "Office for National Statistics");
        source.put("publishedOn", LocalDate.now().minusMonths(6).toString());
        source.put("link", "https://www.ons.gov.uk/census");
        source.put("area", "England and Wales");
        source.put("reviewBy", reviewBy.toString());
        source.put("groups", groups);
        return source;
    }

    private List<Map<String, Object>> search(String person, String query) throws IOException {
        return JSON.readValue(send(person, "GET", "/api/library/sources" + query, null).body(), List.class);
    }

    private HttpResponse<String> send(String person, String method, String path, Object body) throws IOException {
        return api.send(person, method, path, body == null ? null : "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
    }
}
