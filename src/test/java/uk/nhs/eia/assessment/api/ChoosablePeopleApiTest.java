package uk.nhs.eia.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.PeopleToChoose;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.DisabledAccounts;
import uk.nhs.eia.roles.Groups;

/** Choosing people by name: the API offers exactly those the caller may name, and what it offers is accepted. */
@EiaSpringBootTest
class ChoosablePeopleApiTest {

    /** Approvers besides the demo's one: in finance, an administrator too, and one who has left. */
    private static final String IN_FINANCE = "zaraapprover";
    private static final String ALSO_ADMIN = "bossapprover";
    private static final String LEFT = "goneapprover";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    Directorates directorates;
    @Autowired
    DisabledAccounts disabled;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    List<PeopleToChoose> peopleToChoose;
    @Autowired
    FormCatalogue forms;

    @BeforeEach
    void moreApprovers() {
        approver(IN_FINANCE, "Zara", "Ahmed", Groups.APPROVERS);
        directorates.setFor(IN_FINANCE, List.of("finance"));
        approver(ALSO_ADMIN, "Bob", "Sinclair", Groups.APPROVERS, Groups.ADMINS);
        approver(LEFT, "Gina", "Singh", Groups.APPROVERS);
        disabled.disable(LEFT, "admin");
    }

    @AfterEach
    void theyGoAgain() {
        disabled.enable(LEFT);
        directorates.setFor(IN_FINANCE, List.of());
        List.of(IN_FINANCE, ALSO_ADMIN, LEFT).forEach(identity::deleteUser);
    }

    @Test
    void anAuthorTypingPartOfANameIsOfferedOnlyApproversWhoCanSignOff() {
        List<Map<String, Object>> offered = get("author", "/api/people/decision-makers?name=sin");

        assertThat(offered).extracting(person -> person.get("username")).contains("approver")
                .doesNotContain(ALSO_ADMIN, LEFT, IN_FINANCE);
        assertThat(offered.get(0)).containsEntry("name", "Arun Singh")
                .containsEntry("label", "Arun Singh (approver), Digital, Operations")
                .containsEntry("directorates", List.of("Digital", "Operations"));
    }

    @Test
    void approversOfTheProposalsDirectorateComeFirst() {
        // Other tests may leave approvers of their own: these two are in the order the author sees them.
        assertThat(get("author", "/api/people/decision-makers")).extracting(person -> person.get("username"))
                .filteredOn(List.of("approver", IN_FINANCE)::contains).containsExactly("approver", IN_FINANCE);
        assertThat(get("author", "/api/people/decision-makers?directorate=finance")).extracting(person -> person.get("username"))
                .filteredOn(List.of("approver", IN_FINANCE)::contains).containsExactly(IN_FINANCE, "approver");
    }

    @Test
    void everyoneOfferedAsDecisionMakerIsAcceptedWhenTheAssessmentStarts() {
        for (Map<String, Object> person : get("author", "/api/people/decision-makers")) {
            ResponseEntity<Map> started = rest.withBasicAuth("author", "demo").postForEntity("/api/assessments",
                    proposal("Offered and accepted", "policy", "new", "finance", (String) person.get("username"),
                            LocalDate.now().plusMonths(1)), Map.class);
            assertThat(started.getStatusCode()).as("%s", person).isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    void anApproverWhoCanNoLongerSignInIsNeitherOfferedNorAccepted() {
        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity("/api/assessments",
                proposal("Left the trust", "policy", "new", "finance", LEFT, LocalDate.now().plusMonths(1)), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors")).isEqualTo(List.of(Map.of("key", "decisionMaker", "message",
                LEFT + " can no longer sign in; enter the username of an approver who can")));
    }

    @Test
    void onlyEiaAuthorsAreOfferedDecisionMakers() {
        assertThat(status("lead", "/api/people/decision-makers")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("auditor", "/api/people/decision-makers")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/people/decision-makers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAuthorIsOfferedOtherAuthorsToShareWithAndNotThoseAlreadySharing() {
        Object id = started();
        String choosable = "/api/assessments/" + id + "/shares/choosable";

        assertThat(get("author", choosable + "?name=ben ok")).extracting(person -> person.get("username"))
                .containsExactly("author2");
        rest.withBasicAuth("author", "demo").postForEntity("/api/assessments/" + id + "/shares",
                Map.of("username", "author2"), Void.class);

        assertThat(get("author", choosable)).extracting(person -> person.get("username"))
                .doesNotContain("author2", "author");
        assertThat(status("author2", choosable)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("lead", choosable)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdminHandingOverIsOfferedAuthorsOtherThanItsAuthorAndNoOneElseIsOfferedAnyone() {
        Object id = started();
        String choosable = "/api/assessments/" + id + "/author/choosable";

        assertThat(get("admin", choosable)).extracting(person -> person.get("username"))
                .contains("author2").doesNotContain("author", "approver", "lead");
        assertThat(status("lead", choosable)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("author", "/api/assessments/999999/author/choosable")).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void everyFormQuestionThatNamesSomeoneHasTheirPeopleOffered() {
        List<String> offered = peopleToChoose.stream().map(PeopleToChoose::part).toList();

        assertThat(forms.all().stream().flatMap(form -> form.allComponents().stream())
                .map(component -> component.properties().get("choosePerson")).filter(Objects::nonNull))
                .isNotEmpty().allMatch(offered::contains);
    }

    private Object started() {
        ProcessInstance instance = driver.start("author", proposal("Someone to choose", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        return driver.assessmentId(instance);
    }

    private void approver(String username, String first, String last, String... groups) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(first);
            user.setLastName(last);
            user.setPassword("demo");
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(username, group);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> get(String user, String path) {
        ResponseEntity<List> answer = rest.withBasicAuth(user, "demo").getForEntity(path, List.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private HttpStatus status(String user, String path) {
        return (HttpStatus) rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode();
    }
}
