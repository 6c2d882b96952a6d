package uk.nhs.eia.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How a report's period (the days its assessments started in, either end open) is read: the whole months in it from
 * the roll-up, as the rows of those months ({@code added}) or as every month's rows less the months outside it
 * ({@code subtracted}), whichever reads fewer months, and the days of a month it takes only part of ({@code edges})
 * from the register's own rows.
 */
record RollupPeriod(List<String> added, List<String> subtracted, List<Days> edges) {

    /** Days from {@code from} to {@code to}, both included. */
    record Days(LocalDate from, LocalDate to) {
    }

    /**
     * @param firstMonth the first month the roll-up has assessments for, or null when it has none
     * @param lastMonth  the last
     */
    static RollupPeriod of(LocalDate from, LocalDate to, YearMonth firstMonth, YearMonth lastMonth) {
        if (from == null && to == null) {
            return new RollupPeriod(List.of(Cell.EVERY_MONTH), List.of(), List.of());
        }
        if (from != null && to != null && YearMonth.from(from).equals(YearMonth.from(to))
                && !(from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth()))) {
            return new RollupPeriod(List.of(), List.of(), List.of(new Days(from, to)));
        }
        List<Days> edges = new ArrayList<>();
        YearMonth firstWhole = null;
        YearMonth lastWhole = null;
        if (from != null) {
            firstWhole = YearMonth.from(from);
            if (from.getDayOfMonth() != 1) {
                edges.add(new Days(from, firstWhole.atEndOfMonth()));
                firstWhole = firstWhole.plusMonths(1);
            }
        }
        if (to != null) {
            lastWhole = YearMonth.from(to);
            if (!to.equals(lastWhole.atEndOfMonth())) {
                edges.add(new Days(lastWhole.atDay(1), to));
                lastWhole = lastWhole.minusMonths(1);
            }
        }
        if (firstMonth == null) {
            return new RollupPeriod(List.of(), List.of(), edges);
        }
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            boolean in = (firstWhole == null || !month.isBefore(firstWhole)) && (lastWhole == null || !month.isAfter(lastWhole));
            (in ? inside : outside).add(month.toString());
        }
        return inside.size() <= 1 + outside.size() ? new RollupPeriod(inside, List.of(), edges)
                : new RollupPeriod(List.of(Cell.EVERY_MONTH), outside, edges);
    }
}
