/**
 * Users, groups and directorates, and the bridge between Spring Security and the engine's identity and
 * authorization, so that one sign-in covers our pages, the Camunda webapps and the engine's REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = {"contract", "audit", "forms", "refusal", "roles"})
package uk.nhs.eia.people;
