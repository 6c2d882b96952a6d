/**
 * The evidence library: sources equality leads curate for the whole trust, which authors search from the evidence
 * step and cite into their assessment, saying what each shows for their proposal; where each source is used, which
 * are past their review-by date, and which groups the trust holds no current evidence for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence library",
        allowedDependencies = {"contract", "assessment", "audit", "evidence", "forms", "people", "quality", "tasks", "refusal", "roles"})
package uk.nhs.eia.library;
