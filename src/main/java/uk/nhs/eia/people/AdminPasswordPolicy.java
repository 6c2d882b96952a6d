package uk.nhs.eia.people;

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
    static final int MINIMUM_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

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
        if (!PasswordPolicy.problems(null, password).isEmpty()) {
            throw new IllegalStateException("The administrator password is a default or shorter than " + MINIMUM_LENGTH
                    + " characters. Set EIA_ADMIN_PASSWORD to a strong password before starting with the prod profile.");
        }
    }
}
