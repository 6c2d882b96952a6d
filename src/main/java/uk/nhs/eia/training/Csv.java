package uk.nhs.eia.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.eia.training.TrainingRefused.RowError;

/** Reads CSV as spreadsheets write it (RFC 4180): commas, quoted fields with doubled quotes, CRLF or LF line ends. */
final class Csv {

    private Csv() {
    }

    /** @throws TrainingRefused when the text is not CSV, saying where */
    static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(body, CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
            throw new TrainingRefused(List.of(new RowError(0, "file", ("The file is not CSV as a spreadsheet saves it (%s); "
                    + "check for a quote that is never closed, or text after a closing quote").formatted(reason(notCsv)))));
        }
    }

    private static String reason(Exception notCsv) {
        Throwable cause = notCsv instanceof UncheckedIOException unchecked ? unchecked.getCause() : notCsv;
        return String.valueOf(cause.getMessage());
    }
}
