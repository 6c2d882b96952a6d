/**
 * Completion and quality across assessments: the dashboard's figures, the organisation's indicators and the
 * register as CSV, each computed in SQL over the reader's part of the register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"contract", "assessment", "forms", "people", "quality", "tasks", "training", "refusal", "roles"})
package uk.nhs.eia.reporting;
