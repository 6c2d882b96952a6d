package uk.nhs.eia.mentoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.mentoring.Cohorts;

/**
 * The reciprocal mentoring programme through the JSON API, as a client would run it: a lead opens a cohort, staff
 * apply, the lead closes applications from the task list and changes the proposed pairs within the programme's rule.
 * Form keys are spelled out here as a client sends them.
 */
@EiaSpringBootTest
class MentoringApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEAD = "mlead";
    private static final List<String> REVERSE_MENTORS = List.of("amara", "ravi", "mei", "kwame", "fatima");
    private static final List<String> SENIOR_LEADERS = List.of("helen", "james", "sarah", "david", "claire");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cohorts cohorts;
    @Autowired
    TaskService tasks;

    @Test
    void aLeadOpensACohortTenApplyAndTheProposedPairsNeverPairSomeoneWithTheirLineManager() throws Exception {
        long cohort = open("Mentoring API " + System.nanoTime());

        for (String person : REVERSE_MENTORS) {
            send(person, post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data",
                    survey("reverse-mentor", "kwame".equals(person) ? "sarah" : null)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.username").value(person))
                    .andExpect(jsonPath("$.side").value("REVERSE_MENTOR"));
        }
        for (String person : SENIOR_LEADERS) {
            send(person, post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data",
                    survey("senior-leader", null))).andExpect(status().isCreated());
        }

        send("amara", get("/api/mentoring/cohorts/" + cohort), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohort.applications").value(10))
                .andExpect(jsonPath("$.application.username").value("amara"))
                .andExpect(jsonPath("$.applications").doesNotExist())
                .andExpect(jsonPath("$.pairs").doesNotExist());
        send(LEAD, get("/api/mentoring/cohorts/" + cohort), null)
                .andExpect(jsonPath("$.applications.length()").value(10))
                .andExpect(jsonPath("$.pairs.length()").value(0));

        closeApplications(cohort);

        Map<String, Object> view = read(send(LEAD, get("/api/mentoring/cohorts/" + cohort), null)
                .andExpect(jsonPath("$.cohort.stage").value("PAIRING")));
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) view.get("pairs");
        assertThat(pairs).hasSize(5).allMatch(pair -> "PROPOSED".equals(pair.get("status")))
                .noneMatch(pair -> "kwame".equals(pair.get("mentor")) && "sarah".equals(pair.get("leader")));
        String kwamesPartner = pairs.stream().filter(pair -> "kwame".equals(pair.get("mentor")))
                .map(pair -> (String) pair.get("leader")).findFirst().orElseThrow();

        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/swaps"), Map.of("one", kwamesPartner, "other", "sarah"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].key").value("other"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("one is the other's line manager")));
        assertThat(read(send(LEAD, get("/api/mentoring/cohorts/" + cohort), null)).get("pairs")).isEqualTo(pairs);

        send("amara", post("/api/mentoring/cohorts/" + cohort + "/swaps"), Map.of("one", "kwame", "other", "amara"))
                .andExpect(status().isForbidden());
        String anotherLeader = SENIOR_LEADERS.stream().filter(leader -> !leader.equals(kwamesPartner) && !leader.equals("sarah"))
                .findFirst().orElseThrow();
        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/swaps"), Map.of("one", kwamesPartner, "other", anotherLeader))
                .andExpect(status().isNoContent());
        send(LEAD, get("/api/mentoring/cohorts/" + cohort), null)
                .andExpect(jsonPath("$.pairs[?(@.mentor == 'kwame')].leader").value(hasItem(anotherLeader)));
    }

    @Test
    void anApplicationThatBreaksTheSurveysRulesIsRefusedNamingTheField() throws Exception {
        long cohort = open("Mentoring API refusals " + System.nanoTime());
        Map<String, Object> answers = survey("reverse-mentor", null);
        answers.remove("mentoringSide");
        answers.put("availability", List.of("sun-am"));

        send("author", post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data", answers))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].key").value(hasItem("mentoringSide")))
                .andExpect(jsonPath("$.errors[*].key").value(hasItem("availability")));
        Map<String, Object> ownLineManager = survey("reverse-mentor", "author");
        send("author", post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data", ownLineManager))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].key").value("lineManager"));
        send(LEAD, get("/api/mentoring/cohorts/" + cohort), null).andExpect(jsonPath("$.cohort.applications").value(0));
    }

    @Test
    void onceTheLeadHasClosedApplicationsNobodyElseCanApply() throws Exception {
        long cohort = open("Mentoring API closed " + System.nanoTime());
        send("helen", post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data",
                survey("senior-leader", null))).andExpect(status().isCreated());
        send("helen", post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data",
                survey("senior-leader", null))).andExpect(status().isConflict());

        closeApplications(cohort);

        send("amara", post("/api/mentoring/cohorts/" + cohort + "/applications"), Map.of("data",
                survey("reverse-mentor", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Applications have closed"));
    }

    @Test
    void onlyProgrammeLeadsOpenCohortsAndTheirAnswersAreCheckedByTheForm() throws Exception {
        send("author", post("/api/mentoring/cohorts"), Map.of("data", cohortAnswers("Not mine")))
                .andExpect(status().isForbidden());
        Map<String, Object> backToFront = cohortAnswers("Back to front " + System.nanoTime());
        backToFront.put("programmeStarts", LocalDate.now().toString());
        send(LEAD, post("/api/mentoring/cohorts"), Map.of("data", backToFront))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].key").value(hasItem("programmeStarts")));
        send(LEAD, post("/api/mentoring/cohorts"), Map.of("data", Map.of()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].key").value(hasItem("cohortName")));
    }

    @Test
    void aRequestThatCannotBeReadIsRefusedNamingWhatIsWrongAndNeverAFault() throws Exception {
        long cohort = open("Mentoring API unreadable " + System.nanoTime());

        send("amara", get("/api/mentoring/cohorts/first"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].key").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("whole number")));
        send("amara", get("/api/mentoring/pairs/first"), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].key").value("id"));
        mvc.perform(post("/api/mentoring/cohorts/" + cohort + "/applications").with(httpBasic("amara", "demo"))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].key").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("\"data\"")));
        raw("amara", "/api/mentoring/cohorts/" + cohort + "/applications", "{\"data\": \"five\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].key").value("data"))
                .andExpect(jsonPath("$.errors[0].message").value("data must be a JSON object"));
        raw("amara", "/api/mentoring/cohorts/" + cohort + "/applications", "{\"data\": {")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")));
        raw("amara", "/api/mentoring/cohorts/" + cohort + "/applications", "[1, 2]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].key").value("body"));
        raw(LEAD, "/api/mentoring/cohorts/" + cohort + "/swaps", "{\"one\": {\"name\": \"kwame\"}, \"other\": \"amara\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].key").value("one"));
        raw(LEAD, "/api/mentoring/cohorts/" + cohort + "/sessions", "{\"sessionId\": \"the first\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].key").value("sessionId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("the first")));
        raw(LEAD, "/api/mentoring/cohorts/" + cohort + "/sessions", "{\"sessionId\": 99999999999999999999999}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].key").value("sessionId"));
        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/sessions"), Map.of())
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].key").value("sessionId"));
        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/sessions"), Map.of("sessionId", 999_999_999))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].key").value("sessionId"));
        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/swaps"), Map.of("other", "amara"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].key").value("one"));
        send(LEAD, post("/api/mentoring/cohorts/" + cohort + "/leavers"), Map.of("username", "amara"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].key").value("reason"));
        send("amara", get("/api/mentoring/cohorts/999999999"), null).andExpect(status().isNotFound());
        send("amara", get("/api/mentoring/pairs/999999999"), null).andExpect(status().isNotFound());
    }

    // --- a client's requests ---

    private long open(String name) throws Exception {
        Map<String, Object> opened = read(send(LEAD, post("/api/mentoring/cohorts"), Map.of("data", cohortAnswers(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/mentoring/cohorts/")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.stage").value("OPEN")));
        long id = ((Number) opened.get("id")).longValue();
        send(LEAD, get("/api/mentoring/cohorts"), null).andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        return id;
    }

    /** The lead's "Close applications" step, claimed from their team's queue and completed through the task API. */
    private void closeApplications(long cohort) throws Exception {
        String task = tasks.createTaskQuery().processInstanceId(cohorts.processInstanceOf(cohort))
                .taskDefinitionKey("CloseApplications").singleResult().getId();
        send(LEAD, post("/api/tasks/" + task + "/claim"), null).andExpect(status().isNoContent());
        send(LEAD, post("/api/tasks/" + task + "/complete"), Map.of("data", Map.of("applicationsClosed", true)))
                .andExpect(status().isOk());
    }

    private static Map<String, Object> cohortAnswers(String name) {
        LocalDate closes = LocalDate.now().plusDays(14);
        return new HashMap<>(Map.of("cohortName", name, "applicationsClose", closes.toString(),
                "programmeStarts", closes.plusWeeks(1).toString(), "midPoint", closes.plusWeeks(7).toString(),
                "programmeEnds", closes.plusWeeks(13).toString(), "places", 20));
    }

    /** A survey anyone could send: everyone is free on Monday mornings, so only a line manager stands in the way. */
    private static Map<String, Object> survey(String side, String lineManager) {
        boolean leader = "senior-leader".equals(side);
        Map<String, Object> answers = new HashMap<>(Map.of("mentoringSide", side, "jobRole", leader ? "Director" : "Staff nurse",
                "payBand", leader ? "vsm" : "band-5", "workDirectorate", leader ? "operations" : "digital",
                "availability", List.of("mon-am", "thu-pm"), "mentoringGoals", List.of("inclusive-leadership"),
                "mentoringInterests", List.of("wellbeing"), "confidenceBefore", "3", "understandingBefore", "2",
                "practiceBefore", "3"));
        if (lineManager != null) {
            answers.put("lineManager", lineManager);
        }
        return answers;
    }

    private ResultActions send(String person, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(httpBasic(person, "demo")).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private ResultActions raw(String person, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(person, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static Map<String, Object> read(ResultActions answer) throws Exception {
        return JSON.readValue(answer.andReturn().getResponse().getContentAsString(), Map.class);
    }
}
