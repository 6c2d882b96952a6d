package uk.nhs.eia.records.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** The record, register, start and withdraw pages answer each person as the API does. */
@EiaSpringBootTest
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;

    @Test
    void theRecordShowsItsStepsAsATaskListAndItsPeopleByNameToThoseWhoMayReadIt() throws Exception {
        Object id = idOf(start("Record page " + System.nanoTime()));

        mvc.perform(get("/assessments/" + id).with(person("author", "eia-authors")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nhsuk-task-list")))
                .andExpect(content().string(containsString("Continue with screening")))
                .andExpect(content().string(containsString("Withdraw this assessment")))
                .andExpect(content().string(containsString("Asha Patel (author)")))
                .andExpect(content().string(containsString("Arun Singh (approver)")));
        mvc.perform(get("/assessments/" + id).with(person("auditor", "compliance")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Withdraw this assessment"))));
        mvc.perform(get("/assessments/" + id).with(person("author2", "eia-authors"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/999999").with(person("author", "eia-authors"))).andExpect(status().isNotFound());
    }

    @Test
    void theRecordSaysHowLongEachStepTookAndWhichAreOpenOrOverdue() throws Exception {
        ProcessInstance instance = start("Durations " + System.nanoTime());
        driver.complete(instance, "author", screening(true));
        Object id = idOf(instance);

        mvc.perform(get("/assessments/" + id).with(person("author", "eia-authors")))
                .andExpect(content().string(containsString("How long each step took")))
                .andExpect(content().string(matchesPattern("(?s).*Screening</td>.*under an hour.*"
                        + "Evidence and engagement</td>.*nhsuk-tag--blue\">Open</strong>.*")))
                .andExpect(content().string(not(containsString("nhsuk-tag--red\">Overdue"))));
    }

    @Test
    void onlyAuthorsCanOpenTheStartPage() throws Exception {
        mvc.perform(get("/assessments/new").with(person("author", "eia-authors"))).andExpect(status().isOk());
        mvc.perform(get("/assessments/new").with(person("auditor", "compliance"))).andExpect(status().isForbidden());
    }

    @Test
    void theStartPageNamesEachFieldToFix() throws Exception {
        mvc.perform(post("/assessments/new").with(csrf()).with(person("author", "eia-authors")).param("title", "Half a proposal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the type of proposal")))
                .andExpect(content().string(containsString("value=\"Half a proposal\"")));
    }

    @Test
    void onlyTheAuthorWithdrawsAndOnlyWhileInProgress() throws Exception {
        Object id = idOf(start("Withdraw page " + System.nanoTime()));

        mvc.perform(get("/assessments/" + id + "/withdraw").with(person("lead", "equality-leads"))).andExpect(status().isForbidden());
        mvc.perform(post("/assessments/" + id + "/withdraw").with(csrf()).with(person("author", "eia-authors")).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason for withdrawing the assessment")));
        mvc.perform(post("/assessments/" + id + "/withdraw").with(csrf()).with(person("author", "eia-authors"))
                        .param("reason", "Merged with another proposal"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assessments/" + id + "/withdraw").with(person("author", "eia-authors"))).andExpect(status().isConflict());
    }

    @Test
    void theRegisterRefusesAFilterItCannotUseAndSaysWhich() throws Exception {
        mvc.perform(get("/assessments").param("status", "FINISHED").with(person("auditor", "compliance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Status must be one of IN_PROGRESS")));
    }

    private ProcessInstance start(String title) {
        return driver.start("author", proposal(title, "policy", "new", "operations", "approver", LocalDate.now().plusMonths(1)));
    }

    private Object idOf(ProcessInstance instance) {
        return driver.assessmentId(instance);
    }

    private static RequestPostProcessor person(String username, String group) {
        return user(username).authorities(() -> "GROUP_" + group);
    }
}
