/**
 * The form engine: reads the Camunda Forms (form-js schemas) in {@code forms/}, checks that each uses only what
 * Camunda 7.24 Tasklist can render, and gives the rest of the application a typed view of them. No other module
 * parses a form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms",
        allowedDependencies = {"refusal", "roles"})
package uk.nhs.eia.forms;
