package uk.nhs.eia.people.process;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the person Spring Security has signed in to the Camunda webapps and to {@code /engine-rest}, so the
 * engine applies its authorizations to them. Both filters run after Spring Security's chain and before the
 * webapps' own session login.
 */
@Configuration(proxyBeanMethods = false)
class EngineSignOn {

    private static final int AFTER_SPRING_SECURITY = 101;
    private static final Map<String, String> USE_SIGNED_IN_PERSON =
            Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(USE_SIGNED_IN_PERSON);
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestSignOn() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(USE_SIGNED_IN_PERSON);
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
