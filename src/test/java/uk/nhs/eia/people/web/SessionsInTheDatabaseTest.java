package uk.nhs.eia.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;

/** Signed-in sessions are kept in the database every node reads, and the engine's hourly timer clears expired ones. */
@EiaSpringBootTest
class SessionsInTheDatabaseTest {

    private static final String CLEAN_UP = "eia-expired-sessions";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    @Test
    void aSignedInPersonsSessionIsKeptInTheDatabaseSoAnyNodeCanServeThem() throws Exception {
        Cookie session = signIn("lead");

        assertThat(jdbc.sql("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = 'lead'").query(Long.class).single())
                .isPositive();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void theHourlyTimerRemovesExpiredSessionsAndTheirCookieNoLongerSignsAnyoneIn() throws Exception {
        Cookie session = signIn("auditor");
        jdbc.sql("update SPRING_SESSION set LAST_ACCESS_TIME = 0, EXPIRY_TIME = 0 where PRINCIPAL_NAME = 'auditor'").update();
        Job hourly = management.createJobQuery().processDefinitionKey(CLEAN_UP).timers().singleResult();
        long runs = history.createHistoricProcessInstanceQuery().processDefinitionKey(CLEAN_UP).finished().count();

        management.executeJob(hourly.getId());

        assertThat(jdbc.sql("select count(*) from SPRING_SESSION where EXPIRY_TIME = 0").query(Long.class).single()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CLEAN_UP).finished().count())
                .isEqualTo(runs + 1);
        assertThat(management.createJobQuery().processDefinitionKey(CLEAN_UP).timers().list()).hasSize(1);
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("http://localhost/sign-in"));
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password("demo")).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
    }
}
