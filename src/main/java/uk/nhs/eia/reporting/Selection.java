package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition on {@code eia_assessment a} that picks the assessments a report describes, and its parameters:
 * the reader's scope and the filter, as one rule for every figure.
 */
record Selection(String where, Map<String, Object> params) {

    static Selection of(ReportScope scope, ReportFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.everything()) {
            if (scope.directorates().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("a.directorate in (:scope)");
                params.put("scope", scope.directorates());
            }
        }
        if (filter.directorate() != null) {
            conditions.add("a.directorate = :directorate");
            params.put("directorate", filter.directorate());
        }
        if (filter.type() != null) {
            conditions.add("a.proposal_type = :type");
            params.put("type", filter.type());
        }
        if (filter.from() != null) {
            conditions.add("a.created_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(ENGLAND).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("a.created_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ENGLAND).toInstant()));
        }
        return new Selection(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), params);
    }

    /** These parameters and {@code more}, for a query that needs a few of its own. */
    Map<String, Object> with(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(more);
        return all;
    }
}
