/**
 * The assessment record as people read it: the register of assessments, each record with its steps, answers,
 * comments and timeline, and their JSON twins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records",
        allowedDependencies = {"contract", "assessment", "audit", "forms", "people", "publication", "quality", "tasks", "training", "evidence", "legacy", "library", "refusal"})
package uk.nhs.eia.records;
