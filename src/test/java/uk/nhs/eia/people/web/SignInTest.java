package uk.nhs.eia.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;

/** One sign-in for the pages, the Camunda webapps and the engine's REST API; nothing else open to anyone. */
@EiaSpringBootTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identity;

    @Test
    void aWrongPasswordSendsThePersonBackWithAClearMessage() throws Exception {
        // Someone no other test signs in as: the engine delays a person's next sign-in after a failure.
        if (identity.createUserQuery().userId("forgetful").count() == 0) {
            User forgetful = identity.newUser("forgetful");
            forgetful.setPassword("a long enough passphrase");
            identity.saveUser(forgetful);
        }
        mvc.perform(formLogin("/sign-in").user("forgetful").password("not-the-password"))
                .andExpect(redirectedUrl("/sign-in?error"));

        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The username or password is not correct")));
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/sign-in").user("nobody").password("demo"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aDemoAuthorSignsInAndSeesTheirWork() throws Exception {
        Cookie session = mvc.perform(formLogin("/sign-in").user("author2").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your tasks")))
                .andExpect(content().string(containsString("Your assessments")))
                .andExpect(content().string(containsString("Start a new assessment")));
    }

    @Test
    void pagesRedirectAnonymousBrowsersToSignIn() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/sign-in"));
        mvc.perform(get("/camunda/app/tasklist/default/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theEngineRestApiNeedsCredentials() throws Exception {
        mvc.perform(get("/engine-rest/task"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void theSignInPageAssetsAndHealthCheckAreOpen() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
        mvc.perform(get("/nhsuk/nhsuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
