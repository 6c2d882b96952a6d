/**
 * The process model's hooks into the assessment record. Each delegate reads ids and flags from the process and
 * calls {@link uk.nhs.eia.assessment.AssessmentService}; the record's rules live there, not here.
 */
package uk.nhs.eia.assessment.process;
