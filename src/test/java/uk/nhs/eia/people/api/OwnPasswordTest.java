package uk.nhs.eia.people.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;
import uk.nhs.eia.EiaSpringBootTest;

/** Everyone changes their own password on our pages and API, under the policy, saying their current one first. */
@EiaSpringBootTest
class OwnPasswordTest {

    private static final String FIRST = "a long enough passphrase";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() {
        String username = person();

        ResponseEntity<Void> changed = change(username, FIRST, Map.of("currentPassword", FIRST, "newPassword", "tea kettle harbour lamp"));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.withBasicAuth(username, "tea kettle harbour lamp").getForEntity("/api/tasks", Object.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select type from eia_audit_event where subject_type = 'user' and subject_id = ? order by chain_seq")
                .param(username).query(String.class).list()).containsExactly("USER_CREATED", "PASSWORD_CHANGED");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedNamingTheFieldAndChangesNothing() {
        String username = person();

        ResponseEntity<Map> missing = rest.withBasicAuth(username, FIRST).exchange("/api/account/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("currentPassword", "", "newPassword", "short")), Map.class);
        ResponseEntity<Map> wrong = rest.withBasicAuth(username, FIRST).exchange("/api/account/password", HttpMethod.PUT,
                new HttpEntity<>(Map.of("currentPassword", "not my password", "newPassword", "tea kettle harbour lamp")), Map.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(missing.getBody().get("errors").toString()).contains("key=currentPassword", "Enter your current password",
                "key=newPassword", "12 characters or more");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrong.getBody().get("errors").toString()).contains("Your current password is not correct");
        assertThat(jdbc.sql("select type from eia_audit_event where subject_type = 'user' and subject_id = ? order by chain_seq")
                .param(username).query(String.class).list()).containsExactly("USER_CREATED");
    }

    @Test
    void thePageShowsEachProblemInTheErrorSummary() throws Exception {
        mvc.perform(post("/account/password").param("currentPassword", "").param("newPassword", "demo").with(csrf())
                        .with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(content().string(Matchers.containsString("Enter your current password")))
                .andExpect(content().string(Matchers.containsString("one of the first that people guess")))
                .andExpect(content().string(Matchers.containsString("href=\"#currentPassword\"")));
    }

    private ResponseEntity<Void> change(String username, String password, Map<String, String> body) {
        return rest.withBasicAuth(username, password).exchange("/api/account/password", HttpMethod.PUT,
                new HttpEntity<>(body), Void.class);
    }

    private String person() {
        String username = "changer" + (System.nanoTime() % 1_000_000);
        rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/users", Map.of("username", username,
                "firstName", "Sam", "lastName", "Changer", "email", username + "@nhs.net", "password", FIRST,
                "groups", List.of("eia-authors"), "directorates", List.of("operations")), Map.class);
        return username;
    }
}
