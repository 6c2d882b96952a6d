package uk.nhs.eia.tasks.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** Our task page as a door: the same checks and the same errors, an error summary, and drafts. */
@EiaSpringBootTest
class TaskPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;

    @Test
    void anInvalidStepShowsEveryErrorInTheSummaryAndTheTaskStaysOpen() throws Exception {
        String task = screeningTask();

        mvc.perform(screening(task).param("riskLikelihood", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select how vulnerable the people affected are")))
                .andExpect(content().string(containsString("How likely it is that a group will be disadvantaged must be between 1 and 4")));

        mvc.perform(get("/tasks/" + task).with(author())).andExpect(status().isOk());
    }

    @Test
    void aValidStepGoesToCheckYourAnswersThenIsSubmittedAndThePersonGoesBackToTheirWork() throws Exception {
        String task = screeningTask();

        mvc.perform(screening(task).param("vulnerability", "low").param("riskLikelihood", "3"))
                .andExpect(redirectedUrl("/tasks/" + task + "/check"));
        mvc.perform(get("/tasks/" + task + "/check").with(author()))
                .andExpect(content().string(containsString("Check your answers")))
                .andExpect(content().string(containsString("Older people may find the new booking route harder.")));
        mvc.perform(post("/tasks/" + task + "/submit").with(csrf()).with(author()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("notice", containsString("Screening submitted for EIA-")));

        mvc.perform(get("/tasks/" + task).with(author())).andExpect(status().isConflict());
    }

    @Test
    void aDraftIsSavedAndShownWhenThePersonComesBack() throws Exception {
        String task = screeningTask();

        mvc.perform(post("/tasks/" + task).with(csrf()).with(author()).param("_action", "save-draft")
                        .param("screeningRationale", "Half written"))
                .andExpect(content().string(containsString("Your draft has been saved")))
                .andExpect(content().string(not(containsString("There is a problem"))));

        mvc.perform(get("/tasks/" + task).with(author()))
                .andExpect(content().string(containsString("Half written")));
        mvc.perform(get("/").with(author()))
                .andExpect(content().string(containsString("Your drafts")))
                .andExpect(content().string(containsString("/tasks/" + task)));
    }

    @Test
    void someoneElseCannotOpenTheTask() throws Exception {
        mvc.perform(get("/tasks/" + screeningTask()).with(user("author2").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("is not offered to you or to any of your teams")));
    }

    @Test
    void aTeamTaskOpensOnAClaimPageAndCanBeHandedBackToTheTeam() throws Exception {
        var instance = driver.start("author", proposal("Claim page", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", uk.nhs.eia.demo.DemoAnswers.screening(false));
        String task = driver.currentTask(instance).getId();
        RequestPostProcessor lead = user("lead").authorities(() -> "GROUP_equality-leads");

        mvc.perform(get("/tasks/" + task).with(lead))
                .andExpect(content().string(containsString("Claim this task")));
        mvc.perform(post("/tasks/" + task + "/claim").with(csrf()).with(lead)).andExpect(redirectedUrl("/tasks/" + task));
        mvc.perform(get("/tasks/" + task).with(lead))
                .andExpect(content().string(containsString("Put back in your team")))
                .andExpect(content().string(containsString("Return to the author with comments")));
        mvc.perform(post("/tasks/" + task + "/unclaim").with(csrf()).with(lead))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("notice", containsString("is back in your team's tasks")));
        mvc.perform(get("/tasks/" + task).with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder screening(String task) {
        return post("/tasks/" + task).with(csrf()).with(author())
                .param("affectsPeople", "yes").param("differentialImpact", "yes").param("substantialEffect", "no")
                .param("knownInequality", "no").param("riskImpact", "3")
                .param("screeningRationale", "Older people may find the new booking route harder.");
    }

    private static RequestPostProcessor author() {
        return user("author").authorities(() -> "GROUP_eia-authors");
    }

    private String screeningTask() {
        return driver.currentTask(driver.start("author", proposal("Through the page", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)))).getId();
    }
}
