package uk.nhs.eia.workflow;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer refusedInputAnswers400() {
        return config -> config.register(RefusedInputAnswers400.FromRestException.class)
                .register(RefusedInputAnswers400.FromEngineException.class)
                .register(RefusedInputAnswers400.FromAnyException.class);
    }
}
