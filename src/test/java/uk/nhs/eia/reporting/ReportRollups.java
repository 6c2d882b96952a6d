package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's roll-up as tests in other packages check it (those on PostgreSQL): what it gains against what the
 * rows gain, and counting from many transactions at once.
 */
public final class ReportRollups {

    private static final ReportScope EVERYTHING = new ReportScope(true, List.of());

    private ReportRollups() {
    }

    /** The roll-up's and the rows' counts for a directorate and type, to compare what each gains afterwards. */
    public record Before(ReportFilter filter, Tallies rolledUp, Tallies fromRows) {
    }

    public static Before before(ApplicationContext context, String directorate, String type) {
        ReportFilter filter = new ReportFilter(directorate, type, null, null);
        return new Before(filter, context.getBean(RolledUpCounts.class).of(EVERYTHING, filter), fromRows(context, filter));
    }

    public static void assertGainedWhatTheRowsGained(ApplicationContext context, Before before) {
        assertThat(context.getBean(RolledUpCounts.class).of(EVERYTHING, before.filter()).since(before.rolledUp()))
                .isEqualTo(fromRows(context, before.filter()).since(before.fromRows()));
    }

    /**
     * Adds one to the same counts and the same step-time bucket from {@code threads} transactions at once, each
     * {@code times} over, in a directorate of its own; returns what the roll-up then holds for one of the counts
     * and for the bucket, in that directorate's month and in its every-month row.
     */
    public static List<Long> addAtOnce(ApplicationContext context, int threads, int times) throws Exception {
        RollupWriter writer = context.getBean(RollupWriter.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        Cell cell = new Cell("2026-04", "at-once", "policy");
        Tallies one = Tallies.none().add(Figure.STATUS, "PUBLISHED", 1).add(Figure.AT_STEP, "Sign-off", 1)
                .add(new Tally(Figure.STEP_RUNS, "SignOff", "05"), 1).add(new Tally(Figure.STEP_SECONDS, "SignOff", "05"), 90_000);
        atOnce(threads, () -> {
            for (int n = 0; n < times; n++) {
                transaction.executeWithoutResult(status -> writer.add(Map.of(cell, one)));
            }
        });
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Long> held = new ArrayList<>();
        for (String month : List.of(cell.startedMonth(), Cell.EVERY_MONTH)) {
            held.add(jdbc.sql("""
                            select n from eia_report_count where started_month = ? and directorate = ? and figure = 'STATUS'
                            and item = 'PUBLISHED'""").params(month, cell.directorate()).query(Long.class).single());
            held.add(jdbc.sql("select runs_05 from eia_report_step_time where started_month = ? and directorate = ?")
                    .params(month, cell.directorate()).query(Long.class).single());
        }
        return held;
    }

    /**
     * Counts the same assessment again from {@code threads} transactions at once, after its status was changed behind
     * the roll-up's back, as two nodes committing steps of it together would.
     */
    public static void recountAtOnce(ApplicationContext context, Long assessmentId, int threads) throws Exception {
        Recount recount = context.getBean(Recount.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        atOnce(threads, () -> transaction.executeWithoutResult(status -> recount.of(List.of(assessmentId))));
    }

    /** Runs {@code work} on {@code threads} threads, all starting together. */
    private static void atOnce(int threads, Runnable work) throws Exception {
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                done.add(pool.submit(() -> {
                    together.await();
                    work.run();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Tallies fromRows(ApplicationContext context, ReportFilter filter) {
        Tallies tallies = Tallies.none();
        context.getBean(RegisterRows.class).counted(Selection.of(EVERYTHING, filter))
                .forEach(counted -> tallies.addAll(counted.tallies()));
        return tallies;
    }
}
