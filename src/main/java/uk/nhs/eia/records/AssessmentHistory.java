package uk.nhs.eia.records;

import java.time.Instant;
import java.util.List;

/**
 * An assessment's full history: every event, the record's and the engine's, oldest first; and each step's submitted
 * versions, to compare any two.
 */
public record AssessmentHistory(Long assessmentId, String reference, List<HistoryEntry> events, List<StepVersions> steps) {

    /** The submissions of one step, oldest first. */
    public record StepVersions(String step, String formId, List<Version> versions) {
    }

    /** One submission of a step: in which version of the assessment, of which form version, by whom and when. */
    public record Version(Long submissionId, int assessmentVersion, int formVersion, String submittedBy, Instant submittedAt) {
    }
}
