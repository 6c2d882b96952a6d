package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;

/**
 * The dashboard and the indicators read from the roll-up against the same figures worked out from every row
 * ({@link FiguresFromRows}), over a {@link GeneratedRegister} counted into the roll-up and then moved on a few steps at
 * a time, each time counted again as the steps' commits would count it: for readers of one or more directorates or of
 * everything, and filters by type and by periods of whole months, of parts of months and open at either end.
 */
@EiaSpringBootTest
@Transactional
class RolledUpFiguresTest {

    private static final List<ReportScope> SCOPES = List.of(
            ReportScope.directorates(GeneratedRegister.DIRECTORATES.toArray(String[]::new)),
            ReportScope.directorates("generated-a", "generated-c"),
            ReportScope.directorates("nowhere"));
    private static final ReportScope EVERYTHING = new ReportScope(true, List.of());
    private static final List<ReportFilter> FILTERS = List.of(
            ReportFilter.none(),
            new ReportFilter(null, "strategy", null, null),
            new ReportFilter("generated-b", null, null, null),
            new ReportFilter(null, null, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30")),
            new ReportFilter(null, null, LocalDate.parse("2025-11-15"), LocalDate.parse("2026-08-10")),
            new ReportFilter(null, null, LocalDate.parse("2026-03-07"), null),
            new ReportFilter(null, null, null, LocalDate.parse("2026-02-20")),
            new ReportFilter(null, null, LocalDate.parse("2026-05-03"), LocalDate.parse("2026-05-20")),
            new ReportFilter(null, "policy", LocalDate.parse("2025-12-01"), LocalDate.parse("2026-10-31")));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    Recount recount;
    @Autowired
    RolledUpCounts rolledUp;
    @Autowired
    RegisterRows rows;
    @Autowired
    CompletionReports reports;
    @Autowired
    OrganisationIndicators indicators;

    @ParameterizedTest(name = "register made with seed {0}")
    @ValueSource(longs = {1, 2})
    void theDashboardShowsTheSameFiguresFromItsRollUpAsFromEveryRowAsStepsMoveOn(long seed) {
        GeneratedRegister register = new GeneratedRegister(jdbc, seed);
        recount.of(register.generate(200));
        assertSameFiguresEitherWay();

        for (int round = 0; round < 3; round++) {
            Set<Long> changed = register.moveSome(50);
            recount.of(changed);
            assertSameFiguresEitherWay();
        }
    }

    @Test
    void aRegisterKeptBeforeThereWasARollUpIsCountedInWhenTheDatabaseIsUpgraded() {
        new GeneratedRegister(jdbc, 7).generate(150);
        List.of("eia_report_counted", "eia_report_count", "eia_report_step_time")
                .forEach(table -> jdbc.sql("delete from " + table).update());

        RollupBackfill.countRegister(jdbcTemplate);

        assertThat(rolledUp.of(EVERYTHING, ReportFilter.none())).isEqualTo(countedFromRows(EVERYTHING, ReportFilter.none()));
        assertSameFiguresEitherWay();
    }

    private void assertSameFiguresEitherWay() {
        FiguresFromRows fromRows = new FiguresFromRows(jdbc);
        List<ReportScope> scopes = new ArrayList<>(SCOPES);
        scopes.add(EVERYTHING);
        for (ReportScope scope : scopes) {
            for (ReportFilter asked : FILTERS) {
                // Everything is the whole shared test database: a compliance lead's figures are read for one directorate.
                ReportFilter filter = scope.everything()
                        ? new ReportFilter("generated-b", asked.type(), asked.from(), asked.to()) : asked;
                String read = scope + " " + filter;
                assertThat(rolledUp.of(scope, filter)).as("roll-up for %s", read).isEqualTo(countedFromRows(scope, filter));
                assertThat(reports.summary(scope, filter, GeneratedRegister.NOW)).as("dashboard for %s", read)
                        .isEqualTo(fromRows.summary(scope, filter, GeneratedRegister.NOW));
                assertThat(indicators.of(scope, filter, GeneratedRegister.NOW).indicators())
                        .filteredOn(indicator -> !indicator.id().equals("authors-trained")
                                && !indicator.id().equals("days-before-decision"))
                        .as("indicators for %s", read)
                        .isEqualTo(fromRows.indicators(scope, filter, GeneratedRegister.NOW));
            }
        }
    }

    private Tallies countedFromRows(ReportScope scope, ReportFilter filter) {
        Tallies tallies = Tallies.none();
        rows.counted(Selection.of(scope, filter)).forEach(counted -> tallies.addAll(counted.tallies()));
        return tallies;
    }
}
