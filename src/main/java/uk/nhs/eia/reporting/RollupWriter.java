package uk.nhs.eia.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds to the roll-up's rows ({@code eia_report_count}, {@code eia_report_step_time}) and keeps what each assessment
 * was counted as ({@code eia_report_counted}).
 */
@Component
class RollupWriter {

    private static final List<String> CELL = List.of("started_month", "directorate", "proposal_type");
    private static final Comparator<Cell> CELL_ORDER = Comparator.comparing(Cell::startedMonth)
            .thenComparing(Cell::directorate).thenComparing(Cell::proposalType);

    private final JdbcTemplate jdbc;
    private final String addCount;
    private final String addStepTime;

    RollupWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.addCount = upsert("eia_report_count", List.of("figure", "item", "in_month"), List.of("n"));
        this.addStepTime = upsert("eia_report_step_time", List.of("step_key"), STEP_TIME_COLUMNS);
    }

    /** The step-time table's counters: the runs handed back, then the runs and their seconds for each bucket. */
    static final List<String> STEP_TIME_COLUMNS = Stream.concat(Stream.of("returned"), IntStream.range(0, StepTimeBuckets.COUNT)
            .boxed().flatMap(bucket -> Stream.of("runs_" + StepTimeBuckets.name(bucket),
                    "seconds_" + StepTimeBuckets.name(bucket)))).toList();

    /**
     * Adds each cell's differences to its month's rows and to the rows of every month. The rows are written in one
     * order whatever the caller, so two transactions adding to the same rows wait for each other instead of
     * deadlocking.
     */
    void add(Map<Cell, Tallies> differences) {
        Map<Cell, Tallies> rows = new HashMap<>();
        differences.forEach((cell, tallies) -> Stream.of(cell, cell.everyMonth())
                .forEach(row -> rows.computeIfAbsent(row, r -> Tallies.none()).addAll(tallies)));
        addToRows(rows);
    }

    /** Adds each cell's counts to that cell's rows alone, in the one order rows are always written in. */
    void addToRows(Map<Cell, Tallies> cells) {
        SortedMap<Cell, Tallies> byRow = new TreeMap<>(CELL_ORDER);
        byRow.putAll(cells);
        List<Object[]> counts = new ArrayList<>();
        List<Object[]> stepTimes = new ArrayList<>();
        byRow.forEach((cell, tallies) -> {
            SortedMap<String, Long[]> steps = new TreeMap<>();
            tallies.all().forEach((tally, n) -> {
                if (tally.figure().stepTime()) {
                    steps.computeIfAbsent(tally.item(), step -> zeros())[column(tally)] += n;
                } else {
                    counts.add(new Object[] {cell.startedMonth(), cell.directorate(), cell.proposalType(),
                            tally.figure().name(), tally.item(), tally.bucket(), n});
                }
            });
            steps.forEach((step, columns) -> stepTimes.add(Stream.concat(
                    Stream.of(cell.startedMonth(), cell.directorate(), cell.proposalType(), step),
                    Stream.of((Object[]) columns)).toArray()));
        });
        jdbc.batchUpdate(addCount, counts);
        jdbc.batchUpdate(addStepTime, stepTimes);
    }

    /** What these assessments were last counted as, their rows locked until the transaction ends. */
    Map<Long, CountedAssessment> lockCounted(Collection<Long> ids) {
        Map<Long, CountedAssessment> counted = new TreeMap<>();
        new NamedParameterJdbcTemplate(jdbc).query("""
                        select assessment_id, started_month, directorate, proposal_type, tallies from eia_report_counted
                        where assessment_id in (:ids) order by assessment_id for update""", Map.of("ids", ids),
                rs -> {
                    counted.put(rs.getLong(1), new CountedAssessment(rs.getLong(1),
                            new Cell(rs.getString(2), rs.getString(3), rs.getString(4)), Tallies.read(rs.getString(5))));
                });
        return counted;
    }

    /** Keeps what these assessments are counted as now; {@code known} are those already kept. */
    void keepCounted(List<CountedAssessment> now, Set<Long> known) {
        jdbc.batchUpdate("""
                        update eia_report_counted set started_month = ?, directorate = ?, proposal_type = ?, tallies = ?
                        where assessment_id = ?""", now.stream().filter(counted -> known.contains(counted.id()))
                .map(counted -> new Object[] {counted.cell().startedMonth(), counted.cell().directorate(),
                        counted.cell().proposalType(), counted.tallies().written(), counted.id()}).toList());
        jdbc.batchUpdate("""
                        insert into eia_report_counted (assessment_id, started_month, directorate, proposal_type, tallies)
                        values (?, ?, ?, ?, ?)""", now.stream().filter(counted -> !known.contains(counted.id()))
                .map(counted -> new Object[] {counted.id(), counted.cell().startedMonth(), counted.cell().directorate(),
                        counted.cell().proposalType(), counted.tallies().written()}).toList());
    }

    /** The tally a step's value in one of {@link #STEP_TIME_COLUMNS} stands for. */
    static Tally stepTimeTally(String step, int column) {
        if (column == 0) {
            return Tally.of(Figure.RETURNED, step);
        }
        return new Tally((column - 1) % 2 == 0 ? Figure.STEP_RUNS : Figure.STEP_SECONDS, step,
                StepTimeBuckets.name((column - 1) / 2));
    }

    private static Long[] zeros() {
        Long[] columns = new Long[STEP_TIME_COLUMNS.size()];
        Arrays.fill(columns, 0L);
        return columns;
    }

    /** Where a step-time tally goes among {@link #STEP_TIME_COLUMNS}: the other way from {@link #stepTimeTally}. */
    private static int column(Tally tally) {
        return switch (tally.figure()) {
            case RETURNED -> 0;
            case STEP_RUNS -> 1 + 2 * Integer.parseInt(tally.bucket());
            case STEP_SECONDS -> 2 + 2 * Integer.parseInt(tally.bucket());
            default -> throw new IllegalArgumentException("Not a step time: " + tally);
        };
    }

    private String upsert(String table, List<String> keys, List<String> counters) {
        List<String> allKeys = Stream.concat(CELL.stream(), keys.stream()).toList();
        return jdbc.execute((ConnectionCallback<String>) connection -> AddingUpsert.sql(connection, table, allKeys, counters));
    }
}
