package uk.nhs.eia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.training.TrainingFeedbackTest.answers;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.eia.EiaSpringBootTest;

/** A delegate gives feedback on pages that work without JavaScript; an administrator reads it on the session's page. */
@EiaSpringBootTest
class TrainingFeedbackPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aDelegateGivesFeedbackFromTheirTrainingPageAndTheAdministratorReadsIt() throws Exception {
        long session = TrainingSessions.withDelegates(rest, "Pages round trip", "approver", "lead");
        rest.withBasicAuth("lead", "demo").postForEntity("/api/training/sessions/" + session + "/feedback",
                Map.of("data", answers("4", "about-right", "too-long", "whatHelped", "Real cases")), Map.class);

        Document yours = page("approver", get("/training"));
        assertThat(yours.select("h1").text()).isEqualTo("Your EIA training");
        assertThat(yours.select("a[href=/training/sessions/" + session + "/feedback]").text())
                .isEqualTo("Give feedback on Pages round trip");

        Document form = page("approver", get("/training/sessions/" + session + "/feedback"));
        assertThat(form.select("input[type=radio][name=satisfaction]")).hasSize(5);
        assertThat(form.select("textarea[name=whatToChange]")).hasSize(1);

        mvc.perform(as("approver", post("/training/sessions/" + session + "/feedback").with(csrf())
                        .param("satisfaction", "2").param("pace", "too-fast").param("length", "too-long")
                        .param("whatToChange", "Fewer slides")))
                .andExpect(redirectedUrl("/training/sessions/" + session + "/feedback"))
                .andExpect(flash().attribute("justGiven", true));

        Document given = page("approver", get("/training/sessions/" + session + "/feedback"));
        assertThat(given.select("h1").text()).isEqualTo("Your feedback");
        assertThat(given.select(".nhsuk-summary-list").text()).contains("2 - Dissatisfied", "Too fast", "Fewer slides");
        Document after = page("approver", get("/training"));
        assertThat(after.select("main table .nhsuk-tag").text()).isEqualTo("Feedback given");
        assertThat(after.select("main p").first().text()).startsWith("Trained Your EIA training is current until");

        Document admin = page("admin", get("/admin/training/" + session));
        assertThat(admin.select("caption:contains(Satisfaction) ~ tbody tr").eachText()).containsExactly(
                "1 - Very dissatisfied 0", "2 - Dissatisfied 1", "3 - Neither satisfied nor dissatisfied 0",
                "4 - Satisfied 1", "5 - Very satisfied 0", "Mean, out of 5 3.00");
        assertThat(admin.select("caption:contains(Pace) ~ tbody tr").eachText())
                .containsExactly("Too slow 0", "About right 1", "Too fast 1");
        assertThat(admin.select("caption:contains(Length) ~ tbody tr").eachText())
                .containsExactly("Too short 0", "About right 0", "Too long 2");
        assertThat(admin.select("main").text()).contains("2 responses", "Real cases", "Fewer slides");

        Document overview = page("admin", get("/admin/training/feedback"));
        assertThat(overview.select("tr:has(a[href=/admin/training/" + session + "])").text()).contains("2 of 2", "3.00");
    }

    @Test
    void aFormWithAnswersMissingShowsEachErrorInTheSummaryAndKeepsWhatWasTyped() throws Exception {
        long session = TrainingSessions.withDelegates(rest, "Page errors", "author");

        Document refused = Jsoup.parse(mvc.perform(as("author", post("/training/sessions/" + session + "/feedback")
                        .with(csrf()).param("pace", "too-slow").param("whatHelped", "The handbook")))
                .andReturn().getResponse().getContentAsString());

        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#satisfaction", "#length");
        assertThat(refused.select(".nhsuk-error-summary a").eachText()).containsExactly(
                "Select how satisfied you were with the session", "Select how the length of the session was");
        assertThat(refused.select("input[name=pace][checked]").val()).isEqualTo("too-slow");
        assertThat(refused.select("textarea[name=whatHelped]").text()).isEqualTo("The handbook");
    }

    @Test
    void theFeedbackPageSaysWhyItCannotBeUsed() throws Exception {
        long session = TrainingSessions.withDelegates(rest, "Page refusals", "author");

        mvc.perform(as("auditor", get("/training/sessions/" + session + "/feedback")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        Document notTheirs = page("auditor", post("/training/sessions/" + session + "/feedback").with(csrf()), 403);
        assertThat(notTheirs.select("main").text()).contains("auditor is not recorded as a delegate of \"Page refusals\"");
        mvc.perform(as("author", get("/training/sessions/999999/feedback")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());

        rest.withBasicAuth("author", "demo").postForEntity("/api/training/sessions/" + session + "/feedback",
                Map.of("data", answers("5", "about-right", "about-right")), Map.class);
        Document again = page("author", post("/training/sessions/" + session + "/feedback").with(csrf())
                .param("satisfaction", "1").param("pace", "too-slow").param("length", "too-long"), 409);
        assertThat(again.select("main").text()).contains("author has already given feedback on \"Page refusals\"");
        mvc.perform(as("author", get("/admin/training/feedback")).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownSessionsPageIsNotFoundForAnAdministratorToo() throws Exception {
        Document missing = page("admin", get("/admin/training/999999"), 404);

        assertThat(missing.select("h1").text()).isEqualTo("Page not found");
    }

    private Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return page(username, request, 200);
    }

    private Document page(String username, MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(as(username, request).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return Jsoup.parse(response.getContentAsString());
    }

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        UserRequestPostProcessor user = user(username);
        if (username.equals("admin")) {
            user.authorities(() -> "GROUP_eia-admins");
        }
        return request.with(user);
    }
}
