/**
 * Evidence kept with the record: files attached to a step of an assessment, their type checked from their content,
 * their bytes kept in the database in chunks, each one audited with its SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
        allowedDependencies = {"contract", "assessment", "audit", "tasks", "refusal"})
package uk.nhs.eia.evidence;
