package uk.nhs.eia.library;

import java.util.List;

/**
 * A source as an equality lead sends it, from the library's form or the API: dates as {@code 2026-03-31}, groups as
 * their keys; {@code version} is the version they changed, left out when adding one.
 */
public record SourceDetails(String title, String publisher, String publishedOn, String link, String area,
        String reviewBy, List<String> groups, Integer version) {
}
