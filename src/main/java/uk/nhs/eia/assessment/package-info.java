/**
 * The Equality Impact Assessment record: proposal details, where it stands, and its outcome.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"contract", "audit", "forms", "forms :: process", "people", "training", "refusal", "roles"})
package uk.nhs.eia.assessment;
