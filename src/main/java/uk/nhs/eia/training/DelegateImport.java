package uk.nhs.eia.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.people.People;
import uk.nhs.eia.training.TrainingRefused.RowError;

/**
 * Imports a delegate list: CSV with a header row naming at least {@code username} and {@code completedOn} (an ISO
 * date), and optionally {@code name} (for someone who does not sign in, with no username) and {@code trainer}
 * ("yes" for a delegate who may now run sessions). Every row is checked first; if any is wrong, nothing is kept and
 * every problem is named by row and field.
 */
@Service
public class DelegateImport {

    static final int MAX_ROWS = 5000;
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");

    private final TrainingRecords records;
    private final People people;

    DelegateImport(TrainingRecords records, People people) {
        this.records = records;
        this.people = people;
    }

    /**
     * @return how many people were recorded
     * @throws TrainingRefused naming every row and field to fix, when anything is wrong
     * @throws TrainingSessionNotFound when {@code sessionId} names no session
     */
    @Transactional
    public int importCsv(String csv, Long sessionId, String by) {
        if (sessionId != null) {
            records.session(sessionId);
        }
        List<List<String>> lines = Csv.parse(csv == null ? "" : csv);
        if (lines.isEmpty() || lines.get(0).stream().allMatch(String::isBlank)) {
            throw new TrainingRefused(List.of(new RowError(0, "file",
                    "The file is empty: it needs a header row with username and completedOn, then a row for each delegate")));
        }
        Map<String, Integer> columns = header(lines.get(0));
        List<List<String>> data = lines.subList(1, lines.size()).stream()
                .filter(line -> !line.stream().allMatch(String::isBlank)).toList();
        if (data.isEmpty()) {
            throw new TrainingRefused(List.of(new RowError(0, "file", "The file has a header but no delegates")));
        }
        if (data.size() > MAX_ROWS) {
            throw new TrainingRefused(List.of(new RowError(0, "file",
                    "The file has %d delegates; import at most %d at a time".formatted(data.size(), MAX_ROWS))));
        }
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            Row row = row(i + 1, data.get(i), columns, sessionId, seen, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!errors.isEmpty()) {
            throw new TrainingRefused(errors);
        }
        try {
            records.keep(sessionId, rows, by);
        } catch (DuplicateKeyException raced) {
            throw new TrainingRefused(List.of(new RowError(0, "file", "Another import recorded some of these delegates at "
                    + "the same moment, so nothing from this file was kept; import it again to see which rows to remove")));
        }
        return rows.size();
    }

    private static Map<String, Integer> header(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<RowError> missing = new ArrayList<>();
        for (String required : List.of("username", "completedon")) {
            if (!columns.containsKey(required)) {
                missing.add(new RowError(0, "header", "The header row needs a column called "
                        + (required.equals("username") ? "username" : "completedOn")));
            }
        }
        if (!missing.isEmpty()) {
            throw new TrainingRefused(missing);
        }
        return columns;
    }

    private Row row(int number, List<String> cells, Map<String, Integer> columns, Long sessionId, Set<String> seen,
            List<RowError> errors) {
        String username = cell(cells, columns, "username");
        String name = cell(cells, columns, "name");
        String date = cell(cells, columns, "completedon");
        boolean mayTrain = YES.contains(cell(cells, columns, "trainer").toLowerCase(Locale.ROOT));
        int before = errors.size();
        if (username.isEmpty() && name.isEmpty()) {
            errors.add(new RowError(number, "username", "Enter a username, or a name for someone who does not sign in"));
        } else if (!username.isEmpty() && !people.exists(username)) {
            errors.add(new RowError(number, "username", "There is no one with the username " + username));
        }
        LocalDate completedOn = null;
        try {
            completedOn = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(number, "completedOn",
                    "\"%s\" is not a date: write it like 2026-04-01".formatted(date)));
        }
        String who = username.isEmpty() ? name : username;
        if (completedOn != null && !who.isEmpty()) {
            if (!seen.add(who + "|" + completedOn)) {
                errors.add(new RowError(number, "username", who + " is in the file twice for " + completedOn));
            } else if (records.alreadyRecorded(sessionId, username.isEmpty() ? null : username,
                    username.isEmpty() ? name : null, completedOn)) {
                errors.add(new RowError(number, "username", who + " is already recorded as trained on " + completedOn));
            }
        }
        return errors.size() > before ? null
                : new Row(username.isEmpty() ? null : username, username.isEmpty() ? name : null, completedOn, mayTrain);
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    /** A delegate checked and ready to keep. */
    record Row(String username, String externalName, LocalDate completedOn, boolean mayTrain) {
    }
}
