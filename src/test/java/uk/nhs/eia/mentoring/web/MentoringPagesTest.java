package uk.nhs.eia.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.demo.process.CohortDriver;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.tasks.TaskClaims;

/**
 * The mentoring pages without JavaScript: a lead opens a cohort, staff apply with the survey, the lead checks the
 * proposed pairs and changes them, and each page refuses what its person may not do, saying what to fix.
 */
@EiaSpringBootTest
class MentoringPagesTest {

    private static final String LEAD = "mlead";

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    CohortDriver driver;
    @Autowired
    Cohorts cohorts;
    @Autowired
    Pairs pairs;
    @Autowired
    TaskClaims claims;
    @Autowired
    EnglishDates dates;

    @Test
    void aLeadOpensACohortThroughThePageAndSeesItListed() throws Exception {
        LocalDate today = today();
        String name = "Opened on the page " + UUID.randomUUID();

        MvcResult opened = mvc.perform(as(LEAD, post("/mentoring/cohorts/new").with(csrf())
                        .params(cohortForm(name, today.plusWeeks(2), today.plusWeeks(3), today.plusWeeks(9), today.plusWeeks(15)))))
                .andReturn();

        String cohortPage = opened.getResponse().getRedirectedUrl();
        assertThat(cohortPage).as(opened.getResponse().getContentAsString()).matches("/mentoring/cohorts/\\d+");
        assertThat((String) opened.getFlashMap().get("notice")).startsWith("You opened \"" + name + "\". Staff can apply until ");
        Document cohort = page(LEAD, get(cohortPage));
        assertThat(cohort.select("h1").text()).isEqualTo(name);
        assertThat(cohort.select(".nhsuk-summary-list").text()).contains("Open for applications", "0 of 12 taken");
        Document programme = page(LEAD, get("/mentoring"));
        assertThat(programme.select("a.nhsuk-button[href=/mentoring/cohorts/new]").text()).isEqualTo("Open a cohort");
        assertThat(programme.select("tr:has(a[href=" + cohortPage + "])").text()).contains(name, "Open for applications", "Apply");
        assertThat(programme.select("header a[href=/mentoring]").text()).isEqualTo("Mentoring");
    }

    @Test
    void aCohortWhoseProgrammeStartsBeforeApplicationsCloseIsRefusedNamingTheDate() throws Exception {
        LocalDate today = today();

        Document refused = page(LEAD, post("/mentoring/cohorts/new").with(csrf())
                .params(cohortForm("Out of order", today.plusWeeks(3), today.plusWeeks(2), today.plusWeeks(9), today.plusWeeks(15))));

        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#programmeStarts-day");
        assertThat(refused.select(".nhsuk-error-summary a").eachText())
                .containsExactly("The programme must start after applications close");
        assertThat(refused.select("input[name=cohortName]").val()).isEqualTo("Out of order");
        assertThat(cohorts.cohorts()).extracting(Cohort::name).doesNotContain("Out of order");
    }

    @Test
    void staffApplyThroughThePageOnceOnly() throws Exception {
        long cohort = openCohort("Applying on the page");

        Document form = page("amara", get("/mentoring/cohorts/" + cohort + "/apply"));
        assertThat(form.select("input[type=radio][name=mentoringSide]")).hasSize(2);
        MvcResult applied = mvc.perform(as("amara", post("/mentoring/cohorts/" + cohort + "/apply").with(csrf())
                        .params(survey(MentoringForms.REVERSE_MENTOR, "nursing-quality"))))
                .andReturn();

        assertThat(applied.getResponse().getRedirectedUrl()).as(applied.getResponse().getContentAsString())
                .isEqualTo("/mentoring/cohorts/" + cohort);
        assertThat((String) applied.getFlashMap().get("notice")).startsWith("You have applied to \"Applying on the page\".");
        Document cohortPage = page("amara", get("/mentoring/cohorts/" + cohort));
        assertThat(cohortPage.select("main").text()).contains("You applied on", "as a reverse mentor", "1 of 10 taken");
        assertThat(cohortPage.select("a[href=/mentoring/cohorts/" + cohort + "/apply]")).isEmpty();
        assertThat(page("amara", get("/mentoring")).select("tr:has(a[href=/mentoring/cohorts/" + cohort + "])").text())
                .contains("You have applied");

        Document again = page("amara", post("/mentoring/cohorts/" + cohort + "/apply").with(csrf())
                .params(survey(MentoringForms.REVERSE_MENTOR, "nursing-quality")), 409);
        assertThat(again.select("main").text()).contains("You have already applied to \"Applying on the page\"");
        assertThat(page("amara", get("/mentoring/cohorts/" + cohort + "/apply")).select("main form")).isEmpty();
    }

    @Test
    void anApplicationMissingAnswersNamesEachOneAndKeepsWhatWasChosen() throws Exception {
        long cohort = openCohort("Missing answers");
        var partial = survey(MentoringForms.SENIOR_LEADER, "digital");
        partial.remove(MentoringForms.AVAILABILITY);

        Document refused = page("james", post("/mentoring/cohorts/" + cohort + "/apply").with(csrf()).params(partial));

        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#availability");
        assertThat(refused.select("input[name=mentoringSide][checked]").val()).isEqualTo(MentoringForms.SENIOR_LEADER);
    }

    @Test
    void onlyProgrammeLeadsOpenCohorts() throws Exception {
        mvc.perform(as("amara", get("/mentoring/cohorts/new")).accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        Document refused = page("amara", post("/mentoring/cohorts/new").with(csrf())
                .params(cohortForm("Not a lead's", today().plusWeeks(2), today().plusWeeks(3), today().plusWeeks(9),
                        today().plusWeeks(15))), 403);

        assertThat(refused.select("main").text()).contains("Only programme leads can open cohorts");
        assertThat(page("amara", get("/mentoring")).select("a[href=/mentoring/cohorts/new]")).isEmpty();
        assertThat(cohorts.cohorts()).extracting(Cohort::name).doesNotContain("Not a lead's");
    }

    @Test
    void theMentoringPagesAskEveryoneToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/mentoring").accept(MediaType.TEXT_HTML)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void aPairIsSeenByItsMembersAndLeadsOnly() throws Exception {
        long cohort = pairedCohort("Pair page");
        MentoringPair pair = pairs.pairsOf(cohort).get(0);

        Document refused = page("mei", get("/mentoring/pairs/" + pair.id()), 403);
        assertThat(refused.select("main").text()).contains("Only the pair and programme leads can see it");
        Document member = page("amara", get("/mentoring/pairs/" + pair.id()));
        assertThat(member.select("h1").text()).isEqualTo("Your mentoring pair");
        assertThat(member.select(".nhsuk-summary-list").text()).contains("Paired with Helen Clarke", "Proposed");
        // Meetings are logged only once the pair is confirmed.
        assertThat(member.select("form[action$=/meetings]")).isEmpty();
        assertThat(page(LEAD, get("/mentoring/pairs/" + pair.id())).select("h1").text()).isEqualTo("Mentoring pair");
        mvc.perform(as("mei", post("/mentoring/pairs/" + pair.id() + "/meetings").with(csrf())).accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
    }

    @Test
    void aMemberOfAConfirmedPairLogsAMeetingButNotOneStillToCome() throws Exception {
        long cohort = pairedCohort("Meetings");
        driver.confirmPairs(cohort, LEAD);
        MentoringPair pair = pairs.pairsOf(cohort).get(0);
        LocalDate today = today();

        Document future = page("helen", post("/mentoring/pairs/" + pair.id() + "/meetings").with(csrf())
                .params(meeting(today.plusDays(1), "45", "Career plans")));
        assertThat(future.title()).startsWith("Error: ");
        assertThat(future.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#meetingDate-day");
        assertThat(future.select(".nhsuk-error-summary a").text()).isEqualTo("The date of the meeting must be today or in the past");
        assertThat(future.select("textarea[name=meetingTopics]").text()).isEqualTo("Career plans");

        MvcResult logged = mvc.perform(as("helen", post("/mentoring/pairs/" + pair.id() + "/meetings").with(csrf())
                .params(meeting(today, "45", "Career plans")))).andReturn();
        assertThat(logged.getResponse().getRedirectedUrl()).isEqualTo("/mentoring/pairs/" + pair.id());
        assertThat((String) logged.getFlashMap().get("notice")).startsWith("Your meeting on ").endsWith(" is logged.");
        Document page = page("amara", get("/mentoring/pairs/" + pair.id()));
        assertThat(page.select("table:has(caption:contains(meetings)) tbody tr").eachText())
                .containsExactly("%s 45 Career plans Helen Clarke".formatted(dates.shortDate(today)));
        assertThat(page.select("form[action$=/coaching] textarea[name=coachingReason]")).hasSize(1);
    }

    @Test
    void theLeadSeesTheProposedPairsOnTheConfirmStepAndChangesThemOnTheCohortPage() throws Exception {
        long cohort = pairedCohort("Confirm step");
        String step = driver.steps(cohort, MentoringProcess.CONFIRM_PAIRS).get(0).getId();
        claims.claim(step, LEAD);

        Document task = page(LEAD, get("/tasks/" + step));
        assertThat(task.select("main h2").eachText()).contains("Proposed pairs for Confirm step");
        assertThat(task.select("main table tbody tr").eachText()).containsExactly("Amara Osei Helen Clarke 8");
        assertThat(task.select("main .nhsuk-summary-list").text()).contains("Ravi Kumar, reverse mentor");
        assertThat(task.select("main a[href=/mentoring/cohorts/" + cohort + "]")).hasSize(1);

        Document cohortPage = page(LEAD, get("/mentoring/cohorts/" + cohort));
        assertThat(cohortPage.select("select#swap-one optgroup[label=Reverse mentors] option").eachAttr("value"))
                .containsExactly("amara", "ravi");
        MvcResult swapped = mvc.perform(as(LEAD, post("/mentoring/cohorts/" + cohort + "/swap").with(csrf())
                .param("one", "amara").param("other", "ravi"))).andReturn();
        assertThat((String) swapped.getFlashMap().get("notice")).isEqualTo(
                "You swapped Amara Osei and Ravi Kumar. The proposed pairs below show the change.");
        assertThat(pairs.pairsOf(cohort)).extracting(MentoringPair::mentor).containsExactly("ravi");

        MvcResult noReason = mvc.perform(as(LEAD, post("/mentoring/cohorts/" + cohort + "/leavers").with(csrf())
                .param("username", "ravi").param("reason", " "))).andReturn();
        assertThat(noReason.getResponse().getRedirectedUrl()).isEqualTo("/mentoring/cohorts/" + cohort);
        // The flash attributes travel in the session, which Spring Session finds by its cookie.
        Document refused = page(LEAD, get("/mentoring/cohorts/" + cohort).cookie(noReason.getResponse().getCookies()));
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#leaver-reason");
        assertThat(refused.select("#leaver-reason-error").text()).contains("Enter why they left");
        assertThat(refused.select("select#leaver option[selected]").val()).isEqualTo("ravi");

        MvcResult left = mvc.perform(as(LEAD, post("/mentoring/cohorts/" + cohort + "/leavers").with(csrf())
                .param("username", "ravi").param("reason", "Moved to another trust"))).andReturn();
        assertThat((String) left.getFlashMap().get("notice")).startsWith("Ravi Kumar has left the cohort. Their proposed pair is dropped");
        Document after = page(LEAD, get("/mentoring/cohorts/" + cohort));
        assertThat(after.select("main").text()).contains("Moved to another trust");

        mvc.perform(as("amara", post("/mentoring/cohorts/" + cohort + "/swap").with(csrf())
                        .param("one", "amara").param("other", "helen")).accept(MediaType.TEXT_HTML))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
    }

    @Test
    void addingNoTrainingSessionSaysToChooseOne() throws Exception {
        long cohort = openCohort("Sessions");

        MvcResult none = mvc.perform(as(LEAD, post("/mentoring/cohorts/" + cohort + "/sessions").with(csrf()))).andReturn();

        assertThat(none.getFlashMap().get(CohortPageErrors.ERRORS)).isEqualTo(Map.of("session", "Choose the training session to add"));
    }

    /** A cohort whose applications have closed: amara and helen proposed as a pair, ravi left without a partner. */
    private long pairedCohort(String name) {
        long cohort = openCohort(name);
        driver.apply(cohort, "amara", CohortDriver.survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null,
                List.of("mon-am", "tue-am"), List.of("career-progression"), List.of(), 3));
        driver.apply(cohort, "ravi", CohortDriver.survey(MentoringForms.REVERSE_MENTOR, "digital", null,
                List.of("mon-am"), List.of("speak-up"), List.of(), 2));
        driver.apply(cohort, "helen", CohortDriver.survey(MentoringForms.SENIOR_LEADER, "digital", null,
                List.of("mon-am", "tue-am"), List.of("inclusive-leadership"), List.of(), 4));
        driver.closeApplications(cohort, LEAD);
        return cohort;
    }

    private long openCohort(String name) {
        return driver.open(LEAD, name, today().plusWeeks(2), 10);
    }

    private static MultiValueMap<String, String> meeting(LocalDate on, String minutes, String topics) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        date(form, MentoringForms.MEETING_DATE, on);
        form.add(MentoringForms.MEETING_MINUTES, minutes);
        form.add(MentoringForms.MEETING_TOPICS, topics);
        return form;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ServerClock.ENGLAND));
    }

    private static MultiValueMap<String, String> cohortForm(String name, LocalDate close,
            LocalDate starts, LocalDate midPoint, LocalDate ends) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add(MentoringForms.COHORT_NAME, name);
        date(form, MentoringForms.APPLICATIONS_CLOSE, close);
        date(form, MentoringForms.PROGRAMME_STARTS, starts);
        date(form, MentoringForms.MID_POINT, midPoint);
        date(form, MentoringForms.PROGRAMME_ENDS, ends);
        form.add(MentoringForms.PLACES, "12");
        return form;
    }

    private static void date(MultiValueMap<String, String> form, String key, LocalDate date) {
        form.add(key + "-day", String.valueOf(date.getDayOfMonth()));
        form.add(key + "-month", String.valueOf(date.getMonthValue()));
        form.add(key + "-year", String.valueOf(date.getYear()));
    }

    /** The survey as the page posts it: one value per radio or select, one parameter per ticked box. */
    private static LinkedMultiValueMap<String, String> survey(String side, String directorate) {
        var form = new LinkedMultiValueMap<String, String>();
        CohortDriver.survey(side, directorate, null, List.of("mon-am", "wed-pm"), List.of("career-progression"),
                List.of("wellbeing"), 3).forEach((key, value) -> {
                    if (value instanceof List<?> values) {
                        values.forEach(each -> form.add(key, String.valueOf(each)));
                    } else {
                        form.add(key, String.valueOf(value));
                    }
                });
        return form;
    }

    private Document page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return page(username, request, 200);
    }

    private Document page(String username, MockHttpServletRequestBuilder request, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(username, request).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return Jsoup.parse(response.getContentAsString());
    }

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(username));
    }
}
