package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the register into the dashboard's roll-up as a database is upgraded to have one, straight after
 * {@code V30} makes its tables, by the same rule steps are counted by as they commit ({@link AssessmentCounts}). It
 * runs once, under Flyway's lock and before the service answers anyone, a month of starts at a time.
 */
@Component
class RollupBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("30.1");
    }

    @Override
    public String getDescription() {
        return "count the register into the dashboard roll-up";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        countRegister(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    /** Counts every assessment into a roll-up that has counted none of them yet. */
    static void countRegister(JdbcTemplate jdbc) {
        RegisterRows rows = new RegisterRows(JdbcClient.create(jdbc));
        RollupWriter writer = new RollupWriter(jdbc);
        List<Timestamp> span = jdbc.queryForObject("select min(created_at), max(created_at) from eia_assessment",
                (rs, n) -> Arrays.asList(rs.getTimestamp(1), rs.getTimestamp(2)));
        if (span.get(0) == null) {
            return;
        }
        YearMonth last = YearMonth.from(span.get(1).toInstant().atZone(ENGLAND));
        // Every month's rows are added up here and written once, rather than added to as each month is counted.
        Map<Cell, Tallies> everyMonth = new HashMap<>();
        for (YearMonth month = YearMonth.from(span.get(0).toInstant().atZone(ENGLAND)); !month.isAfter(last);
                month = month.plusMonths(1)) {
            List<CountedAssessment> counted = rows.counted(Selection.of(new ReportScope(true, List.of()),
                    new ReportFilter(null, null, month.atDay(1), month.atEndOfMonth())));
            Map<Cell, Tallies> cells = CountedAssessment.byCell(counted);
            writer.addToRows(cells);
            cells.forEach((cell, tallies) -> everyMonth.computeIfAbsent(cell.everyMonth(), all -> Tallies.none())
                    .addAll(tallies));
            writer.keepCounted(counted, Set.of());
        }
        writer.addToRows(everyMonth);
    }
}
