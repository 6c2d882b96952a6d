package uk.nhs.eia.reporting.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.reporting.ReportFixtures;

/** The dashboard and indicators pages: figures in tables with CSV links, filters that say what is wrong. */
@EiaSpringBootTest
@Transactional
class ReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void writeFixture() {
        ReportFixtures.write(context);
    }

    @Test
    void theDashboardShowsEachFigureAsATableWithADownload() throws Exception {
        mvc.perform(get("/reports?directorate=" + ReportFixtures.DIRECTORATE).with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 assessments")))
                .andExpect(content().string(containsString("Checks failed most often")))
                .andExpect(content().string(containsString("Q3 An action for every negative or not-known impact")))
                .andExpect(content().string(containsString(
                        "/api/reports/summary/failed-checks.csv?directorate=" + ReportFixtures.DIRECTORATE)))
                .andExpect(content().string(containsString("See the organisation's indicators")));
    }

    @Test
    void anEqualityLeadSeesTheirDirectoratesButNotTheOrganisationsIndicators() throws Exception {
        mvc.perform(get("/reports").with(user("lead")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in your directorates")))
                .andExpect(content().string(not(containsString("See the organisation's indicators"))));
        mvc.perform(get("/reports/indicators").with(user("lead"))).andExpect(status().isForbidden());
    }

    @Test
    void aDateThatCannotBeReadIsShownInTheErrorSummaryAndTheFiguresCoverEverything() throws Exception {
        mvc.perform(get("/reports").param("from", "last Tuesday").with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Reports")))
                .andExpect(content().string(containsString("href=\"#from\">From must be a date like 2026-04-01</a>")))
                .andExpect(content().string(containsString("value=\"last Tuesday\"")));
    }

    @Test
    void theIndicatorsPageGivesEachIndicatorWithWhatItWasMeasuredOver() throws Exception {
        mvc.perform(get("/reports/indicators?directorate=" + ReportFixtures.DIRECTORATE).with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quality-reviewed before approval")))
                .andExpect(content().string(containsString("66.7%")))
                .andExpect(content().string(containsString("Of sign-offs: an equality lead accepted the same version first (2 of 3)")));
    }

    @Test
    void authorsAreToldReportsAreNotForThem() throws Exception {
        mvc.perform(get("/reports").with(user("author")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Reports are for equality leads, approvers and compliance leads")));
    }
}
