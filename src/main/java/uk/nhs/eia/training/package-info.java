/**
 * EIA training: the sessions held, who completed them and when their training expires, imported from delegate
 * lists, and whether a person's training is current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"audit", "contract", "forms", "people", "refusal", "roles"})
package uk.nhs.eia.training;
