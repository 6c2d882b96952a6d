package uk.nhs.eia.reporting;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One figure of a report as a table: the page shows it beside its chart (which is drawn from the table), and it
 * downloads as CSV. {@code chart} is the kind of chart ("bar", "line") or "none"; the chart draws the first
 * {@code series} columns after the labels.
 */
public record ReportTable(String id, String title, String chart, int series, List<String> headers, List<List<String>> rows) {

    public ReportTable(String id, String title, String chart, List<String> headers, List<List<String>> rows) {
        this(id, title, chart, headers.size() - 1, headers, rows);
    }

    /** The table as CSV (RFC 4180), with cells that a spreadsheet would run as a formula made inert. */
    public String csv() {
        return Stream.concat(Stream.of(headers), rows.stream())
                .map(row -> row.stream().map(ReportTable::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        boolean quoted = text.contains("\"") || text.contains(",") || text.contains("\n") || text.contains("\r");
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
