package uk.nhs.eia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;

/** An administrator imports a session's delegate list: all of it when every row is right, none of it otherwise. */
@EiaSpringBootTest
class TrainingImportTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Long session;
    LocalDate day;

    @BeforeEach
    void aSession() {
        // A day of its own for each test, so completions from other tests never count as duplicates here.
        day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 900));
        ResponseEntity<Map> created = rest.withBasicAuth("admin", "demo").postForEntity("/api/training/sessions",
                Map.of("title", "Introduction to EIAs", "heldOn", day.toString(), "trainer", "Equality team",
                        "format", "online", "lengthMinutes", 180, "capacity", 20), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        session = ((Number) created.getBody().get("id")).longValue();
    }

    @Test
    void aGoodListIsImportedAndEachPersonsTrainingIsCurrentForThreeYears() {
        String trainee = "trainee" + ThreadLocalRandom.current().nextInt(1_000_000);
        rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users", Map.of("username", trainee, "firstName",
                "Tess", "lastName", "Trainee", "email", trainee + "@nhs.net", "password", "a long enough passphrase 42",
                "groups", List.of("eia-authors"), "directorates", List.of("finance")), Map.class);
        ResponseEntity<Map> imported = importCsv("username,completedOn,trainer,name\r\n"
                + trainee + "," + day + ",,\r\n"
                + "lead," + day + ",yes,\r\n"
                + "," + day + ",,\"Sam Smith, Healthwatch\"\r\n");

        assertThat(imported.getBody()).isEqualTo(Map.of("imported", 3));
        Map<?, ?> status = rest.withBasicAuth("admin", "demo").getForObject("/api/training/status/" + trainee, Map.class);
        assertThat(status.get("trained")).isEqualTo(!day.plusYears(3).isBefore(LocalDate.now()));
        assertThat(status.get("expiresOn")).isEqualTo(day.plusYears(3).toString());
        List<Map<String, Object>> delegates = (List<Map<String, Object>>) rest.withBasicAuth("admin", "demo")
                .getForObject("/api/training/sessions/" + session, Map.class).get("delegates");
        assertThat(delegates).extracting(d -> d.get("username") + "|" + d.get("externalName") + "|" + d.get("mayTrain"))
                .containsExactlyInAnyOrder(trainee + "|null|false", "lead|null|true", "null|Sam Smith, Healthwatch|false");
    }

    @Test
    void anyWrongRowMeansNothingIsImportedAndEveryProblemIsNamedByRowAndField() {
        importCsv("username,completedOn\nauthor," + day + "\n");

        ResponseEntity<Map> refused = importCsv("username,completedOn\n"
                + "ghost," + day + "\n"
                + "approver,1st April\n"
                + "auditor," + day + "\n"
                + "auditor," + day + "\n"
                + "author," + day + "\n");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
                .extracting(e -> e.get("row") + " " + e.get("key") + ": " + e.get("message")).containsExactly(
                        "1 username: There is no one with the username ghost",
                        "2 completedOn: \"1st April\" is not a date: write it like 2026-04-01",
                        "4 username: auditor is in the file twice for " + day,
                        "5 username: author is already recorded as trained on " + day);
        assertThat(delegatesAtSession()).isEqualTo(1);
    }

    @Test
    void anEmptyFileAHeaderAloneAMissingColumnAndAHugeFileAreRefused() {
        assertThat(errorsOf(importCsv(""))).containsExactly(
                "0 file: The file is empty: it needs a header row with username and completedOn, then a row for each delegate");
        assertThat(errorsOf(importCsv("username,completedOn\r\n"))).containsExactly("0 file: The file has a header but no delegates");
        assertThat(errorsOf(importCsv("user,date\nauthor," + day + "\n"))).containsExactly(
                "0 header: The header row needs a column called username",
                "0 header: The header row needs a column called completedOn");
        StringBuilder huge = new StringBuilder("username,completedOn\n");
        for (int i = 0; i < DelegateImport.MAX_ROWS + 1; i++) {
            huge.append("author,").append(day).append('\n');
        }
        assertThat(errorsOf(importCsv(huge.toString()))).containsExactly(
                "0 file: The file has 5001 delegates; import at most 5000 at a time");
        assertThat(importCsv("username,completedOn\n" + "a".repeat(1_100_000)).getStatusCode().value()).isEqualTo(413);
        assertThat(delegatesAtSession()).isZero();
    }

    @Test
    void aFileThatIsNotCsvIsRefusedSayingWhereAndKeepsNothing() {
        assertThat(errorsOf(importCsv("username,completedOn\nauthor,\"" + day + "\n"))).singleElement().asString()
                .startsWith("0 file: The file is not CSV as a spreadsheet saves it").contains("a quote that is never closed");
        assertThat(errorsOf(importCsv("username,completedOn\n\"author\"x," + day + "\n"))).singleElement().asString()
                .startsWith("0 file: The file is not CSV");
        assertThat(delegatesAtSession()).isZero();
    }

    @Test
    void onlyAdministratorsImportAndAPersonsStatusIsForThemTheirLeadsAndCompliance() {
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(new MediaType("text", "csv"));
        assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/api/training/import?session=" + session,
                new HttpEntity<>("username,completedOn\nauthor," + day + "\n", csv), Map.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/training/status/author", Map.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/api/training/status/author", Map.class)
                .getStatusCode().value()).isEqualTo(200);
        Map<String, Object> untrained = new java.util.HashMap<>();
        untrained.put("trained", false);
        untrained.put("completedOn", null);
        untrained.put("expiresOn", null);
        assertThat(rest.withBasicAuth("lead", "demo").getForObject("/api/training/status/nobody-trained", Map.class))
                .isEqualTo(untrained);
    }

    @Test
    void theSameListImportedTwiceAtOnceIsKeptOnce() throws Exception {
        String csv = "username,completedOn\nauthor2," + day + "\nlead," + day + "\n";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return importCsv(csv);
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        assertThat(delegatesAtSession()).isEqualTo(2);
    }

    @Test
    void thePageImportsAnUploadedFileOrShowsEveryRowToFix() throws Exception {
        mvc.perform(multipart("/admin/training/" + session + "/import")
                        .file(new MockMultipartFile("file", "delegates.csv", "text/csv",
                                ("username,completedOn\nauthor2," + day + "\n").getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin").authorities(() -> "GROUP_eia-admins")).with(csrf()))
                .andExpect(redirectedUrl("/admin/training/" + session))
                .andExpect(flash().attribute("notice", "1 delegate imported"));
        mvc.perform(multipart("/admin/training/" + session + "/import")
                        .file(new MockMultipartFile("file", "delegates.csv", "text/csv",
                                ("username,completedOn\nghost," + day + "\n").getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin").authorities(() -> "GROUP_eia-admins")).with(csrf()))
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("Row 1, username: There is no one with the username ghost")));
    }

    private ResponseEntity<Map> importCsv(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return rest.withBasicAuth("admin", "demo").postForEntity("/api/training/import?session=" + session,
                new HttpEntity<>(csv, headers), Map.class);
    }

    private static List<String> errorsOf(ResponseEntity<Map> refused) {
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        return ((List<Map<String, Object>>) refused.getBody().get("errors")).stream()
                .map(e -> e.get("row") + " " + e.get("key") + ": " + e.get("message")).toList();
    }

    private long delegatesAtSession() {
        return jdbc.sql("select count(*) from eia_training_completion where session_id = ?").param(session)
                .query(Long.class).single();
    }
}
