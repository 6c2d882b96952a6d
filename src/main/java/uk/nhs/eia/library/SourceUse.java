package uk.nhs.eia.library;

import java.util.List;

/** Where a source is used: the citing assessments the reader may see, and how many others, which they may not. */
public record SourceUse(List<CitedBy> seen, int others) {

    public int total() {
        return seen.size() + others;
    }

    public record CitedBy(Long assessmentId, String reference, String title) {
    }
}
