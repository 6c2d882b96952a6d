/**
 * How good an assessment is: the rubric's automatic checks and heuristic flags, each with a plain-English finding
 * and the field to fix, and a score from 0 to 100.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
        allowedDependencies = {"contract", "assessment", "training"})
package uk.nhs.eia.quality;
