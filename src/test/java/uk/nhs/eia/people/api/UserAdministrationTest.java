package uk.nhs.eia.people.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.people.Directorates.Directorate;
import uk.nhs.eia.people.SignedInPerson;

/** Administrators manage who can sign in, and what they may do; nobody else can. */
@EiaSpringBootTest
class UserAdministrationTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorAddsAPersonWhoCanThenSignInWithTheirGroups() {
        String username = fresh("newauthor");

        ResponseEntity<Map> created = create(username, PASSWORD, List.of("eia-authors"), List.of("operations"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("username", username).containsEntry("groups", List.of("eia-authors"))
                .containsEntry("directorates", List.of("operations")).containsEntry("disabled", false);
        assertThat(rest.withBasicAuth(username, PASSWORD).postForEntity("/api/assessments", proposal("By a new author",
                "policy", "new", "operations", "approver", LocalDate.now().plusMonths(1)), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aUsernameWithDotsHyphensAndUnderscoresIsAccepted() {
        String username = fresh("sam.jones-ward_");

        ResponseEntity<Map> created = create(username, PASSWORD, List.of("eia-authors"), List.of("operations"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/api/tasks", List.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNewAccountIsRefusedNamingEachProblem() {
        ResponseEntity<Map> refused = rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users",
                Map.of("username", "Bad Name", "firstName", "", "lastName", "Person", "email", "not-an-address",
                        "password", "short", "groups", List.of("superusers"), "directorates", List.of("nowhere")), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors").toString()).contains("key=username", "key=firstName", "key=email",
                "The password must be 12 characters or more", "There is no group called superusers",
                "There is no directorate with the code nowhere");
        assertThat(create("author", PASSWORD, List.of(), List.of()).getBody().get("errors").toString())
                .contains("There is already an account with the username author");
        assertThat(create(fresh("weak"), "password1234", List.of(), List.of()).getBody().get("errors").toString())
                .contains("one of the first that people guess");
    }

    @Test
    void groupsAndDirectoratesChangeWhatThePersonMayDo() {
        String username = fresh("mover");
        create(username, PASSWORD, List.of("compliance"), List.of());
        assertThat(rest.withBasicAuth(username, PASSWORD).postForEntity("/api/assessments", Map.of(), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> changed = rest.withBasicAuth("admin", "demo").exchange("/api/admin/users/" + username + "/groups",
                HttpMethod.PUT, new HttpEntity<>(Map.of("groups", List.of("eia-authors"))), Map.class);
        rest.withBasicAuth("admin", "demo").exchange("/api/admin/users/" + username + "/directorates", HttpMethod.PUT,
                new HttpEntity<>(Map.of("directorates", List.of("digital", "finance"))), Map.class);

        assertThat(changed.getBody()).containsEntry("groups", List.of("eia-authors"));
        assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/admin/users/" + username, Map.class))
                .containsEntry("directorates", List.of("digital", "finance"));
        assertThat(rest.withBasicAuth(username, PASSWORD).postForEntity("/api/assessments", Map.of(), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aChangeOfGroupsAppliesAtTheSignedInPersonsNextRequest() throws Exception {
        String username = fresh("switcher");
        create(username, PASSWORD, List.of("eia-authors"), List.of("operations"));
        Cookie session = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        SignedInPerson kept = (SignedInPerson) mvc.perform(get("/assessments/new").cookie(session))
                .andExpect(status().isOk()).andReturn().getRequest().getAttribute(SignedInPerson.class.getName());
        assertThat(kept).isEqualTo(new SignedInPerson(username, List.of("eia-authors"),
                List.of(new Directorate("operations", "Operations")), false));

        admin().exchange("/api/admin/users/" + username + "/groups", HttpMethod.PUT,
                new HttpEntity<>(Map.of("groups", List.of("compliance"))), Map.class);

        mvc.perform(get("/assessments/new").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/assessments").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aDisabledPersonCannotSignInLosesTheirSessionAndTheirTasksGoBackToATeam() throws Exception {
        String username = fresh("leaver");
        create(username, PASSWORD, List.of("eia-authors"), List.of("operations"));
        ProcessInstance instance = driver.start(username, proposal("Leaver's proposal", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        Cookie session = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        ResponseEntity<Map> disabled = rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users/" + username
                + "/disable", null, Map.class);

        assertThat(disabled.getBody()).containsEntry("disabled", true);
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/api/tasks", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD)).andExpect(redirectedUrl("/sign-in?error"));
        var screening = driver.currentTask(instance);
        assertThat(screening.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(screening.getId())).extracting(IdentityLink::getGroupId).contains("eia-authors");

        rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users/" + username + "/enable", null, Map.class);
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/api/tasks", Object.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aClaimedReviewGoesBackToTheEqualityLeadsWhenItsHolderIsDisabled() {
        String username = fresh("leavinglead");
        create(username, PASSWORD, List.of("equality-leads"), List.of());
        ProcessInstance instance = driver.start("author", proposal("Screened out", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", screening(false));
        String confirm = driver.currentTask(instance).getId();
        rest.withBasicAuth(username, PASSWORD).postForEntity("/api/tasks/" + confirm + "/claim", null, Map.class);

        rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users/" + username + "/disable", null, Map.class);

        assertThat(List.of(rest.withBasicAuth("lead", "demo").getForObject("/api/tasks?scope=team", Map[].class)))
                .anyMatch(task -> task.get("id").equals(confirm));
    }

    @Test
    void anAdministratorLetsALockedOutPersonBackInAndSetsANewPasswordUnderThePolicy() {
        String username = fresh("forgetful");
        create(username, PASSWORD, List.of("eia-authors"), List.of("operations"));
        assertThat(rest.withBasicAuth(username, "a wrong guess").getForEntity("/api/tasks", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin().getForObject("/api/admin/users/" + username, Map.class)).containsEntry("locked", true);

        Map<String, Object> unlocked = admin().postForObject("/api/admin/users/" + username + "/unlock", null, Map.class);
        ResponseEntity<Map> weak = admin().exchange("/api/admin/users/" + username + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", username + "-is-me")), Map.class);
        ResponseEntity<Map> set = admin().exchange("/api/admin/users/" + username + "/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", "another long passphrase")), Map.class);
        ResponseEntity<Map> byALead = rest.withBasicAuth("lead", "demo").exchange("/api/admin/users/" + username
                + "/password", HttpMethod.PUT, new HttpEntity<>(Map.of("password", "a lead's own choice")), Map.class);

        assertThat(unlocked).containsEntry("locked", false);
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(weak.getBody().get("errors").toString()).contains("key=password", "must not contain the username");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byALead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(username, "another long passphrase").getForEntity("/api/tasks", Object.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(username, PASSWORD).getForEntity("/api/tasks", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("select type from eia_audit_event where subject_type = 'user' and subject_id = ? order by chain_seq")
                .param(username).query(String.class).list()).containsExactly("USER_CREATED", "USER_UNLOCKED", "PASSWORD_SET");
    }

    @Test
    void onlyAdministratorsReachUserAdministration() throws Exception {
        assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/admin/users", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/api/admin/users/author/disable", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users/admin/disable", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/admin/users/nobody", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        mvc.perform(get("/admin/users").with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("admin").authorities(() -> "GROUP_eia-admins")))
                .andExpect(status().isOk());
    }

    private ResponseEntity<Map> create(String username, String password, List<String> groups, List<String> directorates) {
        return rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users", Map.of("username", username,
                "firstName", "Sam", "lastName", "Person", "email", username + "@nhs.net", "password", password,
                "groups", groups, "directorates", directorates), Map.class);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "demo");
    }

    private static String fresh(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }
}
