package uk.nhs.eia.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.people.People;

/** The author hands an assessment over from its record: a page with the new author and the reason, checked as sent. */
@EiaSpringBootTest
class HandoverPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    People people;

    ProcessInstance instance;
    Long id;

    @BeforeEach
    void anAssessmentInProgress() {
        instance = EvidenceStep.reached(driver, "Handover page");
        id = ((Number) driver.assessmentId(instance)).longValue();
    }

    @Test
    void theRecordOffersTheHandoverToItsAuthorAndTheFormOffersOtherAuthorsAndSaysWhatToFix() throws Exception {
        assertThat(page(get("/assessments/" + id), "author")).contains("Hand over to another author");
        assertThat(page(get("/assessments/" + id), "lead")).doesNotContain("Hand over to another author");

        String refused = page(post("/assessments/" + id + "/author").param("username", "lead").param("reason", "")
                .with(csrf()), "author");

        assertThat(refused).contains("There is a problem", "href=\"#username\"", "href=\"#reason\"",
                "Enter the username of an EIA author who can sign in", "Enter why the assessment is being handed over",
                "<option value=\"author2\">Ben Okafor (author2), Digital</option>")
                .contains("It is with Asha Patel (author) now.")
                .doesNotContain("<option value=\"author\">", "(lead)");
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author");
    }

    @Test
    void handingItOverGoesBackToTheRecordSayingWhoHasItNow() throws Exception {
        mvc.perform(post("/assessments/" + id + "/author").param("username", "author2").param("reason", "Moving team")
                        .with(csrf()).with(as("author")))
                .andExpect(redirectedUrl("/assessments/" + id))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.endsWith("has been handed over to author2")));

        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author2");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String person)
            throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String person) {
        return user(person).authorities(people.groupsOf(person).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
    }
}
