package uk.nhs.eia.people;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Under the {@code prod} profile, refuses to start with an empty or well-known administrator password, before
 * anything is created with it.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

    static final String PROPERTY = "camunda.bpm.admin-user.password";
    static final int MINIMUM_LENGTH = 12;
    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "changeme", "camunda");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String password = environment.getProperty(PROPERTY, "");
        if (password.isBlank()) {
            throw new IllegalStateException(
                    "The administrator password is empty. Set EIA_ADMIN_PASSWORD before starting with the prod profile.");
        }
        if (WELL_KNOWN.contains(password.toLowerCase()) || password.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("The administrator password is a default or shorter than " + MINIMUM_LENGTH
                    + " characters. Set EIA_ADMIN_PASSWORD to a strong password before starting with the prod profile.");
        }
    }
}
