package uk.nhs.eia.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published version of an assessment: its number among the assessment's publications, the assessment version
 * it shows, and its content as published (the page body, HTML made when it was published).
 */
public record Publication(Long id, Long assessmentId, int number, int assessmentVersion, String reference, String title,
        String directorate, Instant publishedAt, LocalDate reviewDate, String content) {
}
