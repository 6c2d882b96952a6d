package uk.nhs.eia.reporting;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.eia.CsvCells;

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
        StringBuilder out = new StringBuilder();
        CSVPrinter printer = CsvCells.printer(out);
        Stream.concat(Stream.of(headers), rows.stream()).forEach(row -> CsvCells.line(printer, row));
        return out.toString();
    }
}
