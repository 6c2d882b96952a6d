package uk.nhs.eia.library;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A library source cited by one version of an assessment: the source as the library holds it now, what the author
 * says it shows for their proposal, who cited it and when, and whether it is past its review-by date.
 */
public record Citation(Long id, Long assessmentId, int assessmentVersion, Long sourceId, String title, String publisher,
        LocalDate publishedOn, String link, LocalDate reviewBy, String shows, String citedBy, Instant citedAt,
        boolean stale) {
}
