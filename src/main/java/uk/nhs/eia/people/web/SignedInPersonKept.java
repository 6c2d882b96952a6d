package uk.nhs.eia.people.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.SignedInPerson;

/**
 * Reads the signed-in person once as each of their requests arrives, after Spring Security has said who they are,
 * and keeps them with the request ({@link SignedInPerson}): one round trip in place of a look-up of their groups,
 * directorates or account each time a rule asks.
 */
@Component
@Order(SignedInPersonKept.ORDER)
class SignedInPersonKept extends OncePerRequestFilter {

    static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    private final People people;

    SignedInPersonKept(People people) {
        this.people = people;
    }

    /**
     * Nobody's groups decide a static asset or the health check, and the health check must answer, saying what is
     * wrong, while the database cannot.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.startsWith("/nhsuk/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            people.signedIn(signedIn.getName()).keepWith(request);
        }
        chain.doFilter(request, response);
    }
}
