package uk.nhs.eia.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What a request keeps about the person who made it, and for whom it answers. */
class SignedInPersonTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final SignedInPerson author = new SignedInPerson("author", List.of("eia-authors"), List.of(), false);

    @BeforeEach
    void answeringARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void answered() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theRequestAnswersForThePersonWhoMadeItAndNobodyElse() {
        author.keepWith(request);

        assertThat(SignedInPerson.ofThisRequest("author")).contains(author);
        assertThat(SignedInPerson.ofThisRequest("lead")).isEmpty();
    }

    @Test
    void aChangeToThePersonInTheRequestDropsWhatItKept() {
        author.keepWith(request);

        SignedInPerson.forget("lead");
        assertThat(SignedInPerson.ofThisRequest("author")).contains(author);
        SignedInPerson.forget("author");
        assertThat(SignedInPerson.ofThisRequest("author")).isEmpty();
    }

    @Test
    void outsideARequestNothingIsKept() {
        RequestContextHolder.resetRequestAttributes();

        assertThat(SignedInPerson.ofThisRequest("author")).isEmpty();
    }
}
