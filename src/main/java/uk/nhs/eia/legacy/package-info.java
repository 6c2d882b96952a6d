/**
 * Legacy import: assessments made before this service, with their documents, brought into the register all at once so
 * that its review dates and indicators are right from the day a trust adopts it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legacy import",
        allowedDependencies = {"contract", "assessment", "audit", "evidence", "forms", "people", "refusal", "roles"})
package uk.nhs.eia.legacy;
