package uk.nhs.eia;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the JSON API describes itself at {@code /v3/api-docs} and {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI equalityImpactAssessmentsApi() {
        return new OpenAPI()
                .info(new Info().title("Equality impact assessments API").version("1")
                        .description("Everything our pages do. Sign in with HTTP Basic on each request, or use the session "
                                + "from the sign-in page and send its X-CSRF-TOKEN header. Errors are RFC 9457 problem "
                                + "details; 422 responses list each field to fix in errors[] as {key, message}."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
