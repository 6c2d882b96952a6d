package uk.nhs.eia.reporting.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.reporting.ReportFixtures;

/** Reports through the JSON API: who may read them, the figures as JSON and CSV, the register as CSV. */
@EiaSpringBootTest
@Transactional
class ReportsApiTest {

    private static final String FIXTURE = "?directorate=" + ReportFixtures.DIRECTORATE;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void writeFixture() {
        ReportFixtures.write(context);
    }

    @Test
    void aComplianceLeadReadsTheSummaryOfADirectorateAsJson() throws Exception {
        mvc.perform(get("/api/reports/summary" + FIXTURE).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments").value(8))
                .andExpect(jsonPath("$.byStatus[0].key").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.byStatus[0].count").value(2))
                .andExpect(jsonPath("$.qualityReviewReturns.percent").value(25.0))
                .andExpect(jsonPath("$.failedChecks[0].id").value("Q3"));
    }

    @Test
    void eachTableOfTheDashboardDownloadsAsCsv() throws Exception {
        mvc.perform(get("/api/reports/summary/status.csv" + FIXTURE).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("status.csv")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("Status,Assessments\r\nIn progress,2\r\nScreened out,2\r\n")));
        mvc.perform(get("/api/reports/summary/no-such-table.csv").with(httpBasic("auditor", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void overdueActionsAreListedLongestOverdueFirst() throws Exception {
        mvc.perform(get("/api/reports/overdue-actions" + FIXTURE).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference").value(org.hamcrest.Matchers.contains("FIX-3", "FIX-4")))
                .andExpect(jsonPath("$[0].dueDate").value("2026-06-01"))
                .andExpect(jsonPath("$[0].status").value("not-started"));
    }

    @Test
    void peopleWhoOnlySeeTheirOwnAssessmentsAreRefusedReports() throws Exception {
        mvc.perform(get("/api/reports/summary").with(httpBasic("author", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Reports are for equality leads, approvers and compliance leads"));
        mvc.perform(get("/api/reports/register.csv").with(httpBasic("author", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyComplianceLeadsReadTheOrganisationsIndicators() throws Exception {
        mvc.perform(get("/api/reports/indicators").with(httpBasic("lead", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/indicators" + FIXTURE).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[3].id").value("published"))
                .andExpect(jsonPath("$.indicators[3].value").value(60.0));
    }

    @Test
    void aFilterThatCannotBeUsedIsAnsweredWithEachParameterNamed() throws Exception {
        mvc.perform(get("/api/reports/summary?directorate=nowhere&from=yesterday").with(httpBasic("auditor", "demo")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].key").value("directorate"))
                .andExpect(jsonPath("$.errors[1].key").value("from"))
                .andExpect(jsonPath("$.errors[1].message").value("From must be a date like 2026-04-01"));
    }

    @Test
    void anApproverSeesNothingOfDirectoratesThatAreNotTheirs() throws Exception {
        mvc.perform(get("/api/reports/summary" + FIXTURE).with(httpBasic("approver", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments").value(0));
    }

    @Test
    void theRegisterDownloadsAsCsvWithItsFiltersAndFormulaeMadeInert() throws Exception {
        jdbc.sql("update eia_assessment set title = '=HYPERLINK(\"http://example.com\")' where reference = 'FIX-3'").update();

        mvc.perform(get("/api/reports/register.csv" + FIXTURE + "&sort=reference&order=asc").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("Reference,Version,Title,Status,Directorate,Proposal type,")))
                .andExpect(content().string(containsString("\r\nFIX-1,1,Fixture 1,In progress,reporting-fixture,policy,")))
                .andExpect(content().string(containsString("FIX-3,1,\"'=HYPERLINK(\"\"http://example.com\"\")\",Published,")))
                .andExpect(content().string(not(containsString("FIX-9"))));
        mvc.perform(get("/api/reports/register.csv" + FIXTURE + "&status=WITHDRAWN").with(httpBasic("auditor", "demo")))
                .andExpect(content().string(containsString("FIX-6,")))
                .andExpect(content().string(not(containsString("FIX-1,"))));
    }
}
