package uk.nhs.eia.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the run saw and whether each check held, printed as it goes and written to the run's folder at the end. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private int failed;

    synchronized void note(String format, Object... values) {
        String line = values.length == 0 ? format : format.formatted(values);
        lines.add(line);
        System.out.println(line);
    }

    void check(boolean held, String format, Object... values) {
        if (!held) {
            failed++;
        }
        note((held ? "PASS  " : "FAIL  ") + format, values);
    }

    boolean allHeld() {
        return failed == 0;
    }

    void writeTo(Path file) throws IOException {
        note(allHeld() ? "All checks held." : failed + " check(s) failed.");
        Files.write(file, lines);
    }
}
