/**
 * The history of every record: who did what and when, written in the same transaction as the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"roles"})
package uk.nhs.eia.audit;
