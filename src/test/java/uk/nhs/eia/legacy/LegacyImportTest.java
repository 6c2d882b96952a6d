package uk.nhs.eia.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Date;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.DemoAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.notification.FollowUpReminders;
import uk.nhs.eia.notification.Notification;
import uk.nhs.eia.notification.Notifications;
import uk.nhs.eia.people.People;

/**
 * An eia-admin imports the trust's earlier assessments with their documents: all of them or none, every problem named
 * with its row, and the imported ones in the register, marked, with their documents.
 */
@EiaSpringBootTest
class LegacyImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = String.join(",", LegacyImport.COLUMNS) + "\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    RuntimeService runtime;

    @Test
    void earlierAssessmentsAreImportedWithTheirDocumentsAndShownAsImportedInTheRegister() throws Exception {
        String prefix = "OLD" + (System.nanoTime() % 1_000_000);
        String csv = HEADER
                + prefix + "-1,Closure of the Elm ward,operations,service-change,author,approver,2022-05-01,adjust,2023-05-01,age;disability\n"
                + prefix + "-2,\"Staff parking charges, revised\",digital,policy,author2,approver,2024-09-30,no-major-change,"
                + LocalDate.now().plusMonths(6) + ",Carers\n";
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(prefix + "-1/Elm ward EIA.pdf", SampleFiles.pdf("Elm ward"));
        zip.put(prefix + "-1/Consultation notes.txt", "Notes".getBytes(StandardCharsets.UTF_8));
        zip.put(prefix + "-2.docx", SampleFiles.docx());

        MockHttpServletResponse imported = post(csv, zip(zip), "admin");

        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(201);
        assertThat(JSON.readValue(imported.getContentAsString(), Map.class)).containsEntry("assessments", 2)
                .containsEntry("documents", 3).containsEntry("references", List.of(prefix + "-1", prefix + "-2"));
        Map<String, Object> elm = jdbc.sql("select id, status, imported, review_date from eia_assessment where reference = ?")
                .param(prefix + "-1").query().singleRow();
        assertThat(elm).containsEntry("STATUS", "REVIEW_DUE").containsEntry("IMPORTED", true);
        assertThat(jdbc.sql("select status from eia_assessment where reference = ?").param(prefix + "-2").query(String.class)
                .single()).isEqualTo("PUBLISHED");
        String record = mvc.perform(get("/assessments/" + elm.get("ID")).with(as("auditor"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(record).contains("Imported from earlier records", "Elm ward EIA.pdf", "Consultation notes.txt");
        assertThat(audit.historyOf(((Number) elm.get("ID")).longValue())).anyMatch(e -> e.getType().equals("ASSESSMENT_IMPORTED"));
        assertThat(mvc.perform(get("/assessments/" + elm.get("ID") + "/history").with(as("auditor"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/assessments/" + elm.get("ID") + "/export.zip").with(as("auditor"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/assessments?q=" + prefix).with(as("auditor"))).andReturn().getResponse()
                .getContentAsString()).contains(prefix + "-1", prefix + "-2");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEachRowNamedAndNothingIsImported() throws Exception {
        String prefix = "BAD" + (System.nanoTime() % 1_000_000);
        String csv = HEADER
                + prefix + "-1,Good row,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-2,Unknown directorate,estates,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-3,Unknown person,operations,policy,nobody,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-4,Bad date,operations,policy,author,approver,01/05/2022,adjust,2023-05-01,age\n"
                + prefix + "-1,Duplicate,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-6,No document,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,astrology\n";
        Map<String, byte[]> zip = new LinkedHashMap<>();
        for (int n = 1; n <= 4; n++) {
            zip.put(prefix + "-" + n + "/doc.txt", "A document".getBytes(StandardCharsets.UTF_8));
        }

        MockHttpServletResponse refused = post(csv, zip(zip), "admin");

        assertThat(refused.getStatus()).isEqualTo(422);
        String body = refused.getContentAsString();
        assertThat(body).contains("\"row\":2", "estates", "\"row\":3", "nobody", "\"row\":4", "01/05/2022",
                "\"row\":5", "is on an earlier row too", "\"row\":6", "astrology", "has no document for " + prefix + "-6");
        assertThat(jdbc.sql("select count(*) from eia_assessment where reference like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void documentsOfATypeNotAllowedRefuseTheWholeImportNamingEachWithItsRow() throws Exception {
        String prefix = "EXE" + (System.nanoTime() % 1_000_000);
        String csv = HEADER
                + prefix + "-1,Fine,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-2,Has a program,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n"
                + prefix + "-3,Has another,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,age\n";
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(prefix + "-1.txt", "Fine".getBytes(StandardCharsets.UTF_8));
        zip.put(prefix + "-2 report.pdf", SampleFiles.program());
        zip.put(prefix + "-3/minutes.docx", SampleFiles.program());

        MockHttpServletResponse refused = post(csv, zip(zip), "admin");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"row\":2", "report.pdf", "a program", "\"row\":3",
                "minutes.docx");
        assertThat(jdbc.sql("select count(*) from eia_assessment where reference like ?").param(prefix + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void fiveHundredEarlierAssessmentsAreImportedAtOnce() throws Exception {
        String prefix = "BULK" + (System.nanoTime() % 100_000);
        StringBuilder csv = new StringBuilder(HEADER);
        Map<String, byte[]> zip = new LinkedHashMap<>();
        for (int n = 1; n <= 500; n++) {
            csv.append(prefix).append('-').append(n).append(",Earlier proposal ").append(n)
                    .append(",operations,policy,author,approver,2021-04-01,adjust,2022-04-01,age\n");
            zip.put(prefix + "-" + n + ".txt", ("Assessment " + n).getBytes(StandardCharsets.UTF_8));
        }

        MockHttpServletResponse imported = post(csv.toString(), zip(zip), "admin");

        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from eia_assessment where reference like ? and imported = true")
                .param(prefix + "-%").query(Long.class).single()).isEqualTo(500);
    }

    @Test
    void anAdminImportsFromThePageAndSeesEachProblemByRow() throws Exception {
        String prefix = "PAGE" + (System.nanoTime() % 100_000);
        String good = HEADER + prefix + "-1,From the page,operations,policy,author,approver,2022-05-01,adjust,2023-05-01,sex\n";
        String bad = HEADER + prefix + "-2,Bad,estates,policy,author,approver,2022-05-01,adjust,2023-05-01,sex\n";
        byte[] documents = zip(Map.of(prefix + "-1.txt", "A".getBytes(StandardCharsets.UTF_8),
                prefix + "-2.txt", "B".getBytes(StandardCharsets.UTF_8)));

        String refused = page(bad, documents);
        String imported = page(good, documents);

        assertThat(refused).contains("There is a problem", "Nothing was imported", "href=\"#problems\"", "estates");
        assertThat(imported).contains("1 earlier assessment was imported with 1 document.");
    }

    private String page(String csv, byte[] zip) throws Exception {
        return mvc.perform(multipart("/admin/legacy-imports")
                        .file(new MockMultipartFile("records", "records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("documents", "documents.zip", "application/zip", zip))
                        .with(as("admin")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theAuthorIsRemindedOfAnImportedReviewComingUpAndAMissedOneIsTheirReviewStepAtOnce(
            @Autowired FollowUpReminders followUps, @Autowired Notifications notifications) throws Exception {
        String prefix = "REV" + (System.nanoTime() % 100_000);
        LocalDate today = LocalDate.now();
        String csv = HEADER
                + prefix + "-1,Review coming,operations,policy,author,approver,2023-05-01,adjust," + today.plusDays(10) + ",age\n"
                + prefix + "-2,Review missed,operations,policy,author,approver,2023-05-01,adjust," + today.minusDays(10) + ",age\n";
        assertThat(post(csv, zip(Map.of(prefix + "-1.txt", "A".getBytes(StandardCharsets.UTF_8),
                prefix + "-2.txt", "B".getBytes(StandardCharsets.UTF_8))), "admin").getStatus()).isEqualTo(201);

        followUps.sendFor(today);
        driver.fire(driver.timer(instance(prefix + "-2"), "ReviewDateReached"));

        assertThat(notifications.of("author").stream().map(Notification::subject).toList())
                .containsOnlyOnce("Review due soon for " + prefix + "-1");
        assertThat(driver.currentTask(instance(prefix + "-2"))).satisfies(review -> {
            assertThat(review.getTaskDefinitionKey()).isEqualTo("Review");
            assertThat(review.getAssignee()).isEqualTo("author");
        });
        assertThat(driver.timer(instance(prefix + "-1"), "ReviewDateReached").getDuedate())
                .isEqualTo(Date.from(today.plusDays(10).atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
    }

    @Test
    void reassessingAnImportedAssessmentAtItsReviewTakesItThroughEveryStepToANewPublishedVersion() throws Exception {
        String reference = "RE" + (System.nanoTime() % 1_000_000);
        String csv = HEADER + reference + ",Closure of the Oak clinic,operations,service-change,author,approver,"
                + "2022-05-01,adjust," + LocalDate.now().minusDays(1) + ",age;disability\n";
        assertThat(post(csv, zip(Map.of(reference + ".txt", "Earlier EIA".getBytes(StandardCharsets.UTF_8))), "admin")
                .getStatus()).isEqualTo(201);
        ProcessInstance instance = instance(reference);
        driver.fire(driver.timer(instance, "ReviewDateReached"));

        driver.complete(instance, "author", DemoAnswers.review("reassess", null));
        assertThat(driver.currentTask(instance).getTaskDefinitionKey()).isEqualTo("Screening");
        LocalDate nextReview = LocalDate.now().plusYears(1);
        driver.complete(instance, "author", DemoAnswers.screening(true));
        driver.complete(instance, "author", DemoAnswers.evidenceAndEngagement());
        driver.complete(instance, "author", DemoAnswers.impactAssessment());
        driver.complete(instance, "author", DemoAnswers.actionPlanAndOutcome(nextReview));
        driver.complete(instance, "lead", DemoAnswers.qualityReview("accept", null));
        driver.complete(instance, "approver", DemoAnswers.signOff("approve", null));

        Map<String, Object> record = jdbc.sql("select id, version, status, review_date from eia_assessment where reference = ?")
                .param(reference).query().singleRow();
        assertThat(record).containsEntry("VERSION", 2).containsEntry("STATUS", "PUBLISHED")
                .containsEntry("REVIEW_DATE", java.sql.Date.valueOf(nextReview));
        assertThat(mvc.perform(get("/assessments/" + record.get("ID")).with(as("auditor"))).andReturn().getResponse()
                .getContentAsString()).contains("Imported from earlier records", reference + ".txt");
        assertThat(driver.timer(instance, "ReviewDateReached")).isNotNull();
    }

    @Test
    void importedAssessmentsCountInTheDashboardButNotAsWorkStartedOrCompletedHere() throws Exception {
        String reference = "DASH" + (System.nanoTime() % 1_000_000);
        Map<String, Object> before = summary();
        String csv = HEADER + reference + ",Counted apart,operations,policy,author,approver,2021-03-10,adjust,"
                + LocalDate.now().plusMonths(3) + ",age\n";
        assertThat(post(csv, zip(Map.of(reference + ".txt", "A".getBytes(StandardCharsets.UTF_8))), "admin").getStatus())
                .isEqualTo(201);

        Map<String, Object> after = summary();
        assertThat(((Number) after.get("assessments")).longValue()).isEqualTo(((Number) before.get("assessments")).longValue() + 1);
        assertThat(((Number) after.get("imported")).longValue()).isEqualTo(((Number) before.get("imported")).longValue() + 1);
        assertThat(after.get("perMonth")).isEqualTo(before.get("perMonth"));
        assertThat(mvc.perform(get("/reports").with(as("auditor"))).andReturn().getResponse().getContentAsString())
                .contains("imported from earlier records and not yet reassessed here");
    }

    private Map<String, Object> summary() throws Exception {
        return JSON.readValue(mvc.perform(get("/api/reports/summary").with(as("auditor"))).andReturn().getResponse()
                .getContentAsString(), Map.class);
    }

    @Test
    void onlyAdminsImport() throws Exception {
        for (String person : List.of("author", "lead", "auditor")) {
            assertThat(post(HEADER, zip(Map.of()), person).getStatus()).as(person).isEqualTo(403);
        }
    }

    private MockHttpServletResponse post(String csv, byte[] zip, String person) throws Exception {
        return mvc.perform(multipart("/api/admin/legacy-imports")
                        .file(new MockMultipartFile("records", "records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("documents", "documents.zip", "application/zip", zip))
                        .with(as(person)).with(csrf()))
                .andReturn().getResponse();
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private RequestPostProcessor as(String person) {
        return user(person).authorities(people.groupsOf(person).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
    }
}
