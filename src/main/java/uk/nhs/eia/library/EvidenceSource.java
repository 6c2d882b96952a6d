package uk.nhs.eia.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.eia.contract.ImpactGroup;

/**
 * A source in the evidence library: what it is, who published it and when, where to read it (its link, or the document
 * kept for it), the area it covers, the
 * characteristics and health-inequality groups it speaks to (as {@link ImpactGroup} keys), and the day by which an
 * equality lead must look at it again; {@code stale} once that day has passed. {@code version} goes up with each
 * change, so two leads changing it at once cannot overwrite each other.
 */
public record EvidenceSource(Long id, String title, String publisher, LocalDate publishedOn, String link, String area,
        LocalDate reviewBy, List<String> groups, String addedBy, Instant addedAt, String changedBy, Instant changedAt,
        int version, boolean stale, Long documentId, String documentName) {

    /** The groups as pages name them: "age, disability, carers". */
    public String groupsInWords() {
        return String.join(", ", groups.stream()
                .map(key -> ImpactGroup.byKey(key).map(ImpactGroup::label).orElse(key)).toList());
    }
}
