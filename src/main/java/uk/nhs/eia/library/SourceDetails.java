package uk.nhs.eia.library;

import java.util.List;

/**
 * A source as an equality lead sends it, from the library's form or the API: dates as {@code 2026-03-31}, groups as
 * their keys; a link to where it is read, or the id of a document kept for it, or both; {@code version} is the
 * version they changed, left out when adding one.
 */
public record SourceDetails(String title, String publisher, String publishedOn, String link, String area,
        String reviewBy, List<String> groups, Integer version, Long documentId) {

    public SourceDetails(String title, String publisher, String publishedOn, String link, String area, String reviewBy,
            List<String> groups, Integer version) {
        this(title, publisher, publishedOn, link, area, reviewBy, groups, version, null);
    }

    /** The same details with a document just kept for them. */
    public SourceDetails withDocument(Long id) {
        return new SourceDetails(title, publisher, publishedOn, link, area, reviewBy, groups, version, id);
    }
}
