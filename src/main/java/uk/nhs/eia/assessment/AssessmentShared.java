package uk.nhs.eia.assessment;

/** Published when an author shares an assessment with a co-author ({@code shared}) or stops sharing it. */
public record AssessmentShared(Long assessmentId, String processInstanceId, String author, String username,
        boolean shared) {
}
