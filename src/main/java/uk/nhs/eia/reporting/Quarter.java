package uk.nhs.eia.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calendar quarters as the cumulative-impact report names its columns: "2026 Q3". */
final class Quarter {

    private Quarter() {
    }

    static String of(LocalDate day) {
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Every quarter from the one holding {@code from} to the one holding {@code to}, oldest first. */
    static List<String> between(LocalDate from, LocalDate to) {
        List<String> quarters = new ArrayList<>();
        LocalDate start = LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1);
        for (LocalDate day = start; !day.isAfter(to); day = day.plusMonths(3)) {
            quarters.add(of(day));
        }
        return quarters;
    }
}
