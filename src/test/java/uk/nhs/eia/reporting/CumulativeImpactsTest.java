package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.Uploads;
import uk.nhs.eia.legacy.ImportedAssessments;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.people.People;
import uk.nhs.eia.reporting.CumulativeImpacts.CumulativeImpact;
import uk.nhs.eia.reporting.CumulativeImpacts.GroupImpact;

/**
 * The cumulative impact report against a fixture worked out by hand. Other tests share the database, so the fixture
 * uses groups no other test rates negative or not known: homelessness, refugees and asylum seekers, and gender
 * reassignment. All five proposals are assessed today, so each falls in this quarter.
 *
 * <pre>
 * proposal  directorate  type / kind               homelessness  refugees    gender reass.  where it stands
 * A         operations   budget savings/reduction  negative      not known   neutral        action plan in force, not overdue
 * B         operations   service change/new        negative      neutral     neutral        impact assessed, no plan yet
 * C         operations   policy/new                not known     neutral     neutral        plan in force, its one action overdue
 * D         digital      service change/new        negative      neutral     negative       withdrawn: not counted
 * E         digital      policy/review             neutral       negative    neutral        impact assessed, no plan yet
 * I         digital      policy                    -             affected    affected       imported, decided today
 * J         operations   budget savings            affected      -           -              imported, decided two years ago:
 *                                                                                            outside the period, not counted
 *
 * threshold 3 (the default); an imported record's affected groups count as negative, as of its decision date
 * homelessness: A, B, C = 3 proposals; operations 3, so flagged in operations; cuts: A = 1; with actions in force:
 *               A, C = 2; overdue mitigations: C's one action = 1.
 * refugees:     A, E, I = 3 proposals; operations 1, digital 2, not flagged; cuts: A = 1; with actions: A = 1; overdue 0.
 * gender reassignment: D withdrawn, I = 1 proposal, in digital.
 * </pre>
 */
@EiaSpringBootTest
class CumulativeImpactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUARTER = Quarter.of(LocalDate.now());
    private static final Map<String, Long> IDS = new HashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void theFixture(@Autowired AssessmentDriver driver, @Autowired JdbcClient jdbc, @Autowired LegacyImport legacy) {
        IDS.put("A", assessed(driver, "A", "budget-savings", "reduction", "operations",
                Map.of(ImpactGroup.HOMELESSNESS, Choice.IMPACT_NEGATIVE, ImpactGroup.REFUGEES_ASYLUM, Choice.IMPACT_NOT_KNOWN), true));
        IDS.put("B", assessed(driver, "B", "service-change", "new", "operations",
                Map.of(ImpactGroup.HOMELESSNESS, Choice.IMPACT_NEGATIVE), false));
        IDS.put("C", assessed(driver, "C", "policy", "new", "operations",
                Map.of(ImpactGroup.HOMELESSNESS, Choice.IMPACT_NOT_KNOWN), true));
        jdbc.sql("update eia_action set due_date = ? where assessment_id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now().minusDays(1)), IDS.get("C")).update();
        ProcessInstance withdrawn = start(driver, "D", "service-change", "new", "digital");
        assess(driver, withdrawn, Map.of(ImpactGroup.HOMELESSNESS, Choice.IMPACT_NEGATIVE,
                ImpactGroup.GENDER_REASSIGNMENT, Choice.IMPACT_NEGATIVE));
        driver.withdraw(withdrawn, "Dropped");
        IDS.put("E", assessed(driver, "E", "policy", "review", "digital",
                Map.of(ImpactGroup.REFUGEES_ASYLUM, Choice.IMPACT_NEGATIVE), false));
        String prefix = "CUM" + (System.nanoTime() % 1_000_000);
        LocalDate today = LocalDate.now();
        String records = String.join(",", LegacyImport.COLUMNS) + "\n"
                + prefix + "-I,Imported I,digital,policy,author,approver," + today + ",adjust," + today.plusYears(1) + ","
                + ImpactGroup.REFUGEES_ASYLUM.key() + ";" + ImpactGroup.GENDER_REASSIGNMENT.key() + "\n"
                + prefix + "-J,Imported J,operations,budget-savings,author,approver," + today.minusYears(2) + ",adjust,"
                + today.plusYears(1) + "," + ImpactGroup.HOMELESSNESS.key() + "\n";
        ImportedAssessments imported = legacy.importAll(new ByteArrayInputStream(records.getBytes(StandardCharsets.UTF_8)),
                () -> new ByteArrayInputStream(zipOf(prefix + "-I.txt", prefix + "-J.txt")), "admin");
        IDS.put("I", jdbc.sql("select id from eia_assessment where reference = ?").param(imported.references().get(0))
                .query(Long.class).single());
    }

    private static byte[] zipOf(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("The earlier assessment".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    @Test
    void theFiguresForEachGroupMatchTheFixtureWorkedOutByHand(@Autowired CumulativeImpacts cumulative) throws IOException {
        CumulativeImpact report = report("auditor");

        GroupImpact homelessness = group(report, ImpactGroup.HOMELESSNESS);
        assertThat(homelessness.proposals()).isEqualTo(3);
        assertThat(homelessness.byDirectorate()).containsEntry("operations", 3L).doesNotContainKey("digital");
        assertThat(homelessness.flaggedIn()).containsExactly("operations");
        assertThat(homelessness.budgetOrServiceCuts()).isEqualTo(1);
        assertThat(homelessness.withActionsInForce()).isEqualTo(2);
        assertThat(homelessness.overdueMitigations()).isEqualTo(1);
        assertThat(cell(homelessness).count()).isEqualTo(3);
        List<Map<String, Object>> inTheCell = JSON.readValue(new Uploads(port).send("auditor", "GET",
                "/api/reports/cumulative/proposals?group=homelessness&quarter=" + QUARTER.replace(" ", "%20"), null, null)
                .body(), List.class);
        assertThat(inTheCell).extracting(proposal -> ((Number) proposal.get("assessmentId")).longValue())
                .containsExactlyInAnyOrder(IDS.get("A"), IDS.get("B"), IDS.get("C"));
        assertThat(new Uploads(port).send("auditor", "GET", "/api/reports/cumulative/proposals?group=astrology&quarter=2026",
                null, null).body()).contains("\"group\"", "\"quarter\"");

        GroupImpact refugees = group(report, ImpactGroup.REFUGEES_ASYLUM);
        assertThat(refugees.proposals()).isEqualTo(3);
        assertThat(refugees.byDirectorate()).containsEntry("operations", 1L).containsEntry("digital", 2L);
        assertThat(refugees.flaggedIn()).isEmpty();
        assertThat(refugees.budgetOrServiceCuts()).isEqualTo(1);
        assertThat(refugees.withActionsInForce()).isEqualTo(1);
        assertThat(refugees.overdueMitigations()).isZero();

        GroupImpact genderReassignment = group(report, ImpactGroup.GENDER_REASSIGNMENT);
        assertThat(genderReassignment.proposals()).isEqualTo(1);
        assertThat(genderReassignment.byDirectorate()).containsOnly(Map.entry("digital", 1L));
        assertThat(cumulative.proposals(new ReportScope(true, List.of()), ReportFilter.none(), ImpactGroup.GENDER_REASSIGNMENT.key(),
                QUARTER)).extracting(CumulativeImpacts.Proposal::assessmentId).containsExactly(IDS.get("I"));
    }

    @Test
    void onlyComplianceAndEqualityLeadsSeeItAndItDownloadsAsCsv() throws IOException {
        Uploads api = new Uploads(port);
        assertThat(api.send("lead", "GET", "/api/reports/cumulative", null, null).statusCode()).isEqualTo(200);
        for (String person : List.of("author", "approver", "admin")) {
            assertThat(api.send(person, "GET", "/api/reports/cumulative", null, null).statusCode()).as(person).isEqualTo(403);
        }
        String csv = new String(api.bytes("auditor", "/api/reports/cumulative.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Characteristic or group,Proposals,Budget or service cuts")
                .contains(QUARTER, "Flagged in");
        assertThat(csv).contains("homelessness,3,1,2,1,").contains("operations");
    }

    @Test
    void thePageShowsTheHeatMapWithTheFlaggedGroupAndEachCellsProposals(@Autowired MockMvc mvc,
            @Autowired People people) throws Exception {
        String page = mvc.perform(get("/reports/cumulative").with(user("lead").authorities(people.groupsOf("lead").stream()
                        .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList())))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Cumulative impact of proposals on each group", QUARTER, "Flagged: Operations",
                "/reports/cumulative/proposals?group=homelessness&amp;quarter=", "3 proposals, homelessness",
                "Download as CSV");
        String cell = mvc.perform(get("/reports/cumulative/proposals").param("group", "homelessness").param("quarter", QUARTER)
                        .with(user("lead").authorities(people.groupsOf("lead").stream()
                                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList())))
                .andReturn().getResponse().getContentAsString();
        assertThat(cell).contains("Proposals affecting homelessness in " + QUARTER, "3 proposals found",
                "/assessments/" + IDS.get("A"));
    }

    @Test
    void aNewProposalSeesTheOthersAffectingTheSameGroupsAndIsAskedToDiscussTheirCumulativeEffect(
            @Autowired AssessmentDriver driver, @Autowired MockMvc mvc, @Autowired People people) throws Exception {
        ProcessInstance instance = start(driver, "F", "service-change", "new", "operations");
        try {
            driver.complete(instance, "author", screening(true));
            driver.complete(instance, "author", evidenceAndEngagement());
            String impactStep = mvc.perform(get("/tasks/" + driver.currentTask(instance).getId()).with(user("author")
                            .authorities(people.groupsOf("author").stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(impactStep).contains("Other proposals affecting the same groups", "Homelessness",
                    "/assessments/" + IDS.get("A"), "/assessments/" + IDS.get("B"), "/assessments/" + IDS.get("C"));

            Map<String, Object> answers = new HashMap<>(impactAssessment());
            answers.put(ImpactGroup.HOMELESSNESS.impact(), Choice.IMPACT_NEGATIVE.value());
            driver.complete(instance, "author", answers);
            Map<String, Object> quality = JSON.readValue(new Uploads(port).send("author", "GET", "/api/assessments/"
                    + driver.assessmentId(instance) + "/quality", null, null).body(), Map.class);

            assertThat((List<Map<String, Object>>) quality.get("checks")).anySatisfy(check -> assertThat(check)
                    .containsEntry("id", "Q18").containsEntry("passed", false)
                    .extractingByKey("message").asString().contains("homelessness"));
        } finally {
            driver.withdraw(instance, "Only here to see the others");
        }
    }

    @Test
    void beyondTheLatestFiveTheOtherProposalsAffectingAGroupAreCounted(@Autowired AssessmentDriver driver,
            @Autowired MockMvc mvc, @Autowired People people, @Autowired CumulativeImpacts cumulative,
            @Autowired TaskService tasks) throws Exception {
        for (int n = 0; n < 7; n++) {
            assessed(driver, "Many " + n, "policy", "new", "digital",
                    Map.of(ImpactGroup.LITERACY, Choice.IMPACT_NEGATIVE), false);
        }
        ProcessInstance instance = start(driver, "G", "policy", "new", "digital");
        try {
            driver.complete(instance, "author", screening(true));
            driver.complete(instance, "author", evidenceAndEngagement());
            Map<String, Object> answers = new HashMap<>(impactAssessment());
            answers.put(ImpactGroup.LITERACY.impact(), Choice.IMPACT_NEGATIVE.value());
            driver.complete(instance, "author", answers);
            driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
            int others = cumulative.othersAffecting(((Number) driver.assessmentId(instance)).longValue(), null)
                    .get(ImpactGroup.LITERACY.key()).size();
            String qualityReview = driver.currentTask(instance).getId();
            tasks.claim(qualityReview, "lead");
            String review = mvc.perform(get("/tasks/" + qualityReview).with(user("lead")
                            .authorities(people.groupsOf("lead").stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList())))
                    .andReturn().getResponse().getContentAsString();

            String section = review.substring(review.indexOf("id=\"other-proposals\""));
            String literacy = section.substring(section.indexOf("Literacy"), section.indexOf("</dl>"));
            assertThat(literacy.split("<li>", -1)).hasSize(1 + 5);
            assertThat(literacy).contains("And " + (others - 5) + " other proposals.",
                    "/reports/cumulative/proposals?group=" + ImpactGroup.LITERACY.key());
        } finally {
            driver.withdraw(instance, "Only here to count the others");
        }
    }

    private CumulativeImpact report(String person) throws IOException {
        HttpResponse<String> response = new Uploads(port).send(person, "GET", "/api/reports/cumulative", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.findAndRegisterModules().readValue(response.body(), CumulativeImpact.class);
    }

    private static GroupImpact group(CumulativeImpact report, ImpactGroup group) {
        return report.groups().stream().filter(row -> row.group().equals(group.key())).findFirst().orElseThrow();
    }

    private static CumulativeImpacts.QuarterCell cell(GroupImpact group) {
        return group.quarters().stream().filter(cell -> cell.quarter().equals(QUARTER)).findFirst().orElseThrow();
    }

    private static Long assessed(AssessmentDriver driver, String name, String type, String kind, String directorate,
            Map<ImpactGroup, Choice> impacts, boolean withPlan) {
        ProcessInstance instance = start(driver, name, type, kind, directorate);
        assess(driver, instance, impacts);
        if (withPlan) {
            driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        }
        return ((Number) driver.assessmentId(instance)).longValue();
    }

    private static ProcessInstance start(AssessmentDriver driver, String name, String type, String kind, String directorate) {
        return driver.start("author", proposal("Cumulative " + name + " " + System.nanoTime(), type, kind, directorate,
                "approver", LocalDate.now().plusMonths(2)));
    }

    private static void assess(AssessmentDriver driver, ProcessInstance instance, Map<ImpactGroup, Choice> impacts) {
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        Map<String, Object> answers = new HashMap<>(impactAssessment());
        impacts.forEach((group, impact) -> answers.put(group.impact(), impact.value()));
        driver.complete(instance, "author", answers);
    }
}
