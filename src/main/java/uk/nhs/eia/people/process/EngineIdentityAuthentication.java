package uk.nhs.eia.people.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.DisabledAccounts;
import uk.nhs.eia.people.People;

/**
 * Signs people in against the engine's identity service, which keeps salted password hashes and locks an
 * account after repeated failures. Each group becomes a {@code GROUP_} authority.
 */
@Component
class EngineIdentityAuthentication implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "The username or password is not correct";

    private final IdentityService identity;
    private final People people;
    private final DisabledAccounts disabled;

    EngineIdentityAuthentication(IdentityService identity, People people, DisabledAccounts disabled) {
        this.identity = identity;
        this.people = people;
        this.disabled = disabled;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        String password = String.valueOf(request.getCredentials());
        if (username == null || username.isBlank() || !identity.checkPassword(username, password)
                || disabled.isDisabled(username)) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        List<SimpleGrantedAuthority> authorities = people.groupsOf(username).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
