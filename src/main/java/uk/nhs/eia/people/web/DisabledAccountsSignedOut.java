package uk.nhs.eia.people.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.eia.people.DisabledAccounts;

/**
 * Someone disabled while signed in is signed out at their next request, on whichever node it reaches: sign-in
 * already refuses them, and this ends the sessions they had.
 */
@Component
@Order(SignedInPersonKept.ORDER + 1)
class DisabledAccountsSignedOut extends OncePerRequestFilter {

    private final DisabledAccounts disabled;

    DisabledAccountsSignedOut(DisabledAccounts disabled) {
        this.disabled = disabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.isAuthenticated() && disabled.isDisabled(signedIn.getName())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "This account has been disabled");
            } else {
                response.sendRedirect(request.getContextPath() + "/sign-in");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
