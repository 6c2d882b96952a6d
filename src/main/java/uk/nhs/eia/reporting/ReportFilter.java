package uk.nhs.eia.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.refusal.FieldError;

/**
 * Which assessments a report describes: those of a directorate and proposal type, started between {@code from} and
 * {@code to} inclusive. Every part is optional.
 */
public record ReportFilter(String directorate, String type, LocalDate from, LocalDate to) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null);
    }

    /**
     * Reads the filter as people and clients send it (blank means "any").
     *
     * @throws AssessmentRefused naming each parameter that cannot be used
     */
    public static ReportFilter of(String directorate, String type, String from, String to, Set<String> directorates,
            Set<String> types) {
        List<FieldError> errors = new ArrayList<>();
        if (present(directorate) && !directorates.contains(directorate)) {
            errors.add(new FieldError("directorate", "Directorate must be one of " + sorted(directorates)));
        }
        if (present(type) && !types.contains(type)) {
            errors.add(new FieldError("type", "Type must be one of " + sorted(types)));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "The end of the period must be the same as or after its start"));
        }
        if (!errors.isEmpty()) {
            throw new AssessmentRefused(errors);
        }
        return new ReportFilter(present(directorate) ? directorate : null, present(type) ? type : null, fromDate, toDate);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "%s must be a date like 2026-04-01".formatted(name.equals("from") ? "From" : "To")));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
