package uk.nhs.eia.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.EvidenceSource;
import uk.nhs.eia.library.SourceDetails;
import uk.nhs.eia.people.People;

/**
 * The library's pages without JavaScript: a lead adds a source through a form that names each field to fix; an author
 * finds it from the evidence step, says what it shows and sees it cited on the step; the groups without current
 * evidence are listed.
 */
@EiaSpringBootTest
class LibraryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    EvidenceLibrary library;
    @Autowired
    AssessmentDriver driver;

    @Test
    void aLeadAddsASourceAndTheFormNamesEachFieldToFix() throws Exception {
        assertThat(page(get("/library"), "lead")).contains("Add a source");
        assertThat(page(get("/library"), "author")).doesNotContain("Add a source");
        mvc.perform(get("/library/new").with(as("author"))).andExpect(status().isForbidden());

        String refused = page(post("/library/new").param("title", "").param("link", "ftp://x").with(csrf()), "lead");
        assertThat(refused).contains("There is a problem", "href=\"#title\"", "Enter the title of the source",
                "href=\"#link\"", "starting https://", "href=\"#groups\"", "nhsuk-input--error");

        String title = "Staff survey 2026 " + System.nanoTime();
        mvc.perform(post("/library/new").param("title", title).param("publisher", "NHS England")
                        .param("publishedOn", LocalDate.now().minusMonths(2).toString())
                        .param("link", "https://www.nhsstaffsurveys.com/").param("area", "The trust")
                        .param("reviewBy", LocalDate.now().plusYears(1).toString()).param("groups", "race", "disability")
                        .with(csrf()).with(as("lead")))
                .andExpect(redirectedUrlPattern("/library/*"));
        assertThat(page(get("/library").param("q", title), "author")).contains(title, "disability, race");
    }

    @Test
    void aLeadKeepsADocumentForASourceWithNoWebAddressAndAnyoneDownloadsIt() throws Exception {
        byte[] minutes = "Minutes of the carers' forum".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String title = "Carers forum minutes " + System.nanoTime();
        String location = mvc.perform(multipart("/library/new")
                        .file(new MockMultipartFile("document", "Carers forum.txt", "text/plain", minutes))
                        .param("title", title).param("publisher", "The trust")
                        .param("publishedOn", LocalDate.now().minusMonths(1).toString()).param("area", "The trust")
                        .param("reviewBy", LocalDate.now().plusYears(1).toString()).param("groups", "carers")
                        .with(csrf()).with(as("lead")))
                .andExpect(redirectedUrlPattern("/library/*")).andReturn().getResponse().getRedirectedUrl();

        assertThat(page(get(location), "author")).contains(title, "Carers forum.txt", location + "/document");
        assertThat(mvc.perform(get(location + "/document").with(as("author"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(minutes);

        String refused = page(multipart("/library/new")
                .file(new MockMultipartFile("document", "tool.txt", "text/plain", uk.nhs.eia.evidence.SampleFiles.program()))
                .param("title", "Refused " + System.nanoTime()).param("publisher", "The trust")
                .param("publishedOn", LocalDate.now().minusMonths(1).toString()).param("area", "The trust")
                .param("reviewBy", LocalDate.now().plusYears(1).toString()).param("groups", "carers").with(csrf()), "lead");
        assertThat(refused).contains("There is a problem", "href=\"#document\"", "tool.txt", "a program");
    }

    @Test
    void anAuthorCitesASourceFromTheEvidenceStepAndSeesItThere() throws Exception {
        EvidenceSource source = library.add(new SourceDetails("Census 2021 households " + System.nanoTime(), "ONS",
                LocalDate.now().minusYears(1).toString(), "https://www.ons.gov.uk/", "England",
                LocalDate.now().plusYears(1).toString(), java.util.List.of("age"), null), "lead");
        ProcessInstance instance = EvidenceStep.reached(driver, "Cite from the page");
        String task = driver.currentTask(instance).getId();
        assertThat(page(get("/tasks/" + task), "author")).contains("Sources from the evidence library",
                "/library?task=" + task);
        assertThat(page(get("/library").param("task", task).param("q", source.title()), "author"))
                .contains("/tasks/" + task + "/sources/" + source.id());

        String refused = page(post("/tasks/" + task + "/sources/" + source.id()).param("shows", " ").with(csrf()), "author");
        assertThat(refused).contains("There is a problem", "href=\"#shows\"", "Say what the source shows");
        MvcResult cited = mvc.perform(post("/tasks/" + task + "/sources/" + source.id())
                        .param("shows", "Most households near the clinic have no car").with(csrf()).with(as("author")))
                .andExpect(redirectedUrl("/tasks/" + task + "#sources")).andReturn();

        assertThat(page(get("/tasks/" + task), "author")).contains(source.title(), "Most households near the clinic have no car",
                "/tasks/" + task + "/citations/");
        assertThat(page(get("/library").param("task", task).param("q", source.title()), "author")).contains("Cited")
                .doesNotContain("/tasks/" + task + "/sources/" + source.id());
        mvc.perform(post("/tasks/" + task + "/sources/" + source.id()).param("shows", "Again").with(csrf()).with(as("author")))
                .andExpect(redirectedUrl("/tasks/" + task + "#sources"));
        mvc.perform(get("/tasks/" + task + "/sources/" + source.id()).with(as("lead"))).andExpect(status().isForbidden());
        assertThat(page(get("/library/" + source.id()), "lead")).contains("Where it is used", "Cite from the page",
                "By Leah Morgan");
        assertThat(cited.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void theGroupsWithoutCurrentEvidenceAreListed() throws Exception {
        assertThat(page(get("/library/coverage"), "author")).contains("Evidence held for each group",
                "Gender reassignment", "No current evidence");
    }

    private String page(MockHttpServletRequestBuilder request, String person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String person) {
        return user(person).authorities(people.groupsOf(person).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
    }
}
