package uk.nhs.eia.reporting;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's counts for a reader's scope and filter, read from the roll-up for the whole months of the period
 * and counted from the register's rows for the days at its edges.
 */
@Component
@Transactional(readOnly = true)
class RolledUpCounts {

    private static final String STEP_TIME_SUMS = RollupWriter.STEP_TIME_COLUMNS.stream()
            .map(column -> "sum(a.%s)".formatted(column)).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final RegisterRows rows;

    RolledUpCounts(JdbcClient jdbc, RegisterRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    Tallies of(ReportScope scope, ReportFilter filter) {
        List<YearMonth> months = monthsCounted();
        RollupPeriod period = RollupPeriod.of(filter.from(), filter.to(), months.get(0), months.get(1));
        // The roll-up names its directorate and type columns as eia_assessment does, so the one rule of who sees
        // what (Selection) picks its rows too; the period is read by month instead.
        Selection cells = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), null, null));
        Tallies tallies = read(cells, period.added()).subtractAll(read(cells, period.subtracted()));
        for (RollupPeriod.Days days : period.edges()) {
            Selection edge = Selection.of(scope, new ReportFilter(filter.directorate(), filter.type(), days.from(), days.to()));
            rows.counted(edge).forEach(counted -> tallies.addAll(counted.tallies()));
        }
        return tallies;
    }

    private Tallies read(Selection cells, List<String> months) {
        Tallies tallies = Tallies.none();
        if (months.isEmpty()) {
            return tallies;
        }
        Map<String, Object> params = cells.with(Map.of("months", months));
        jdbc.sql("select a.figure, a.item, a.in_month, sum(a.n) from eia_report_count a where a.started_month in (:months)"
                        + " and " + cells.where() + " group by a.figure, a.item, a.in_month")
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

    /** The first and last months the roll-up has assessments for; both null when it has none. */
    private List<YearMonth> monthsCounted() {
        return jdbc.sql("select min(started_month), max(started_month) from eia_report_count where started_month <> :every")
                .param("every", Cell.EVERY_MONTH)
                .query((rs, n) -> Arrays.asList(month(rs.getString(1)), month(rs.getString(2)))).single();
    }

    private static YearMonth month(String month) {
        return month == null ? null : YearMonth.parse(month);
    }
}
