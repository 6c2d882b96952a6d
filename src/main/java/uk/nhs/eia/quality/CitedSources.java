package uk.nhs.eia.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence library's answer to the rubric: which sources a version of an assessment cites that are past their
 * review-by date. The library implements it, so the rubric reads it without depending on the library.
 */
public interface CitedSources {

    /** The titles of the stale sources the version cites, in the order they were cited. */
    List<String> staleCitedIn(Long assessmentId, int version, LocalDate today);
}
