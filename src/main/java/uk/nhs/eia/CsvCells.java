package uk.nhs.eia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV as spreadsheets read it (RFC 4180), with every cell that a spreadsheet would run as a formula made inert
 * by a leading apostrophe: a title such as {@code =HYPERLINK(...)} typed into an assessment must not run on the
 * auditor's machine.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static CSVPrinter printer(Appendable out) {
        try {
            return CSVFormat.RFC4180.print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void line(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvCells::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, with an apostrophe before a leading character that starts a formula, unless it is just a number. */
    public static String inert(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return text;
    }
}
