package uk.nhs.eia.forms.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;

/** Form authors preview any form with the server's checks; nobody else can. */
@EiaSpringBootTest
class FormPreviewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorPreviewsAFormAndSeesEveryErrorAtOnce() throws Exception {
        mvc.perform(get("/forms/screening/preview").with(user("admin").authorities(() -> "GROUP_eia-admins")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nhsuk-radios")));

        mvc.perform(post("/forms/screening/preview").with(csrf()).with(user("admin").authorities(() -> "GROUP_eia-admins"))
                        .param("riskLikelihood", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select how vulnerable the people affected are")))
                .andExpect(content().string(containsString("How likely it is that a group will be disadvantaged must be between 1 and 4")));
    }

    @Test
    void anAuthorCannotReachThePreview() throws Exception {
        mvc.perform(get("/forms/screening/preview").with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFormIsNotFound() throws Exception {
        mvc.perform(get("/forms/no-such-form/preview").with(user("admin").authorities(() -> "GROUP_eia-admins")))
                .andExpect(status().isNotFound());
    }
}
