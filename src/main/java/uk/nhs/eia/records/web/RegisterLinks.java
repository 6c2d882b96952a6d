package uk.nhs.eia.records.web;

import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.eia.assessment.RegisterQuery;

/** Links that keep the register's search and filters while changing the page or the sort. */
public record RegisterLinks(RegisterQuery query) {

    public String page(int page) {
        return withFilters().queryParam("sort", RegisterQuery.parameterValue(query.sort()))
                .queryParam("order", query.descending() ? "desc" : "asc")
                .queryParam("page", page).encode().toUriString();
    }

    /** The same search as CSV, every page of it, in the same order. */
    public String csv() {
        return withFilters("/api/reports/register.csv").queryParam("sort", RegisterQuery.parameterValue(query.sort()))
                .queryParam("order", query.descending() ? "desc" : "asc").encode().toUriString();
    }

    /** Sorting by a column: ascending first (newest first for "updated"), or the other way when already sorted by it. */
    public String sortBy(String column) {
        RegisterQuery.Sort sort = sortOf(column);
        boolean descending = query.sort() == sort ? !query.descending() : sort == RegisterQuery.Sort.UPDATED;
        return withFilters().queryParam("sort", RegisterQuery.parameterValue(sort))
                .queryParam("order", descending ? "desc" : "asc").encode().toUriString();
    }

    /** How a sortable column announces its order to screen readers. */
    public String ariaSort(String column) {
        RegisterQuery.Sort sort = sortOf(column);
        return query.sort() != sort ? "none" : query.descending() ? "descending" : "ascending";
    }

    private static RegisterQuery.Sort sortOf(String column) {
        return RegisterQuery.Sort.valueOf(column.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private UriComponentsBuilder withFilters() {
        return withFilters("/assessments");
    }

    private UriComponentsBuilder withFilters(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "q", query.text());
        add(link, "status", query.status() == null ? null : query.status().name());
        add(link, "directorate", query.directorate());
        add(link, "outcome", query.outcome());
        add(link, "type", query.proposalType());
        add(link, "review", query.review() == null ? null : RegisterQuery.parameterValue(query.review()));
        return link;
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }
}
