package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's counts for a reader's scope and filter, read from the roll-up: the whole months of the period from
 * its cells, and the days at the edges of the period from what each assessment started then was counted as.
 */
@Component
@Transactional(readOnly = true)
class RolledUpCounts {

    private static final String STEP_TIME_SUMS = RollupWriter.STEP_TIME_COLUMNS.stream()
            .map(column -> "sum(a.%s)".formatted(column)).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    RolledUpCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts, those of a figure counted by the month of its date for every month. */
    Tallies of(ReportScope scope, ReportFilter filter) {
        return of(scope, filter, null);
    }

    /**
     * The counts, those of a figure counted by the month of its date only for the months after {@code datesAfter}:
     * the months before are counted as past whatever the day, so their counts are not read one by one.
     */
    Tallies of(ReportScope scope, ReportFilter filter, YearMonth datesAfter) {
        List<YearMonth> started = monthsStarted();
        RollupPeriod period = RollupPeriod.of(filter.from(), filter.to(), started.get(0), started.get(1));
        // The roll-up names its directorate and type columns as eia_assessment does, so the one rule of who sees
        // what (Selection) picks its rows too; the period is read by month instead.
        Selection cells = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), null, null));
        String after = datesAfter == null ? "" : datesAfter.toString();
        Tallies tallies = read(cells, period.added(), after).subtractAll(read(cells, period.subtracted(), after));
        for (RollupPeriod.Days days : period.edges()) {
            Selection edge = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), days.from(), days.to()));
            tallies.addAll(Tallies.sumOf(jdbc.sql("select c.tallies from eia_report_counted c join eia_assessment a"
                            + " on a.id = c.assessment_id where " + edge.where())
                    .params(edge.params()).query(String.class).list()));
        }
        return tallies;
    }

    private Tallies read(Selection cells, List<String> months, String datesAfter) {
        Tallies tallies = Tallies.none();
        if (months.isEmpty()) {
            return tallies;
        }
        Map<String, Object> params = cells.with(Map.of("months", months, "after", datesAfter));
        jdbc.sql("select a.figure, a.item, a.in_month, sum(a.n) from eia_report_count a where a.started_month in (:months)"
                        + " and (a.in_month = '' or a.in_month > :after) and " + cells.where()
                        + " group by a.figure, a.item, a.in_month")
                .params(params)
                .query(rs -> {
                    tallies.add(new Tally(Figure.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), rs.getLong(4));
                });
        jdbc.sql("select a.step_key, " + STEP_TIME_SUMS + " from eia_report_step_time a where a.started_month in (:months)"
                        + " and " + cells.where() + " group by a.step_key")
                .params(params)
                .query(rs -> {
                    for (int column = 0; column < RollupWriter.STEP_TIME_COLUMNS.size(); column++) {
                        tallies.add(RollupWriter.stepTimeTally(rs.getString(1), column), rs.getLong(2 + column));
                    }
                });
        return tallies;
    }

    /** The months the first and the last assessments started in; both null when there are none. */
    private List<YearMonth> monthsStarted() {
        return jdbc.sql("select min(created_at), max(created_at) from eia_assessment")
                .query((rs, n) -> Arrays.asList(month(rs.getTimestamp(1)), month(rs.getTimestamp(2)))).single();
    }

    private static YearMonth month(Timestamp timestamp) {
        return timestamp == null ? null : YearMonth.from(timestamp.toInstant().atZone(ENGLAND));
    }
}
