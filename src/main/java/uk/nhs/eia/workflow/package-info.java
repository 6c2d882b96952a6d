/**
 * Engine-wide configuration of the embedded Camunda engine and its REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow engine",
        allowedDependencies = {"assessment", "audit", "people", "refusal", "roles"})
package uk.nhs.eia.workflow;
