package uk.nhs.eia.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Under the prod profile the service refuses to start with an empty or default administrator password. */
class AdminPasswordPolicyTest {

    private final AdminPasswordPolicy policy = new AdminPasswordPolicy();

    @Test
    void anEmptyPasswordStopsAProductionStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> check("prod", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("administrator password is empty").hasMessageContaining("EIA_ADMIN_PASSWORD");
    }

    @Test
    void theDemoPasswordStopsAProductionStart() {
        assertThatThrownBy(() -> check("prod", "demo")).hasMessageContaining("is a default");
    }

    @Test
    void aShortPasswordStopsAProductionStart() {
        assertThatThrownBy(() -> check("prod", "Sh0rt!")).hasMessageContaining("shorter than 12");
    }

    @Test
    void aStrongPasswordIsAccepted() {
        assertThatCode(() -> check("prod", "correct-horse-battery-staple")).doesNotThrowAnyException();
    }

    @Test
    void theDemoPasswordIsFineOutsideProduction() {
        assertThatCode(() -> check("default", "demo")).doesNotThrowAnyException();
    }

    private void check(String profile, String password) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profile);
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("camunda.bpm.admin-user.password", password)));
        policy.postProcessEnvironment(environment, new SpringApplication());
    }
}
