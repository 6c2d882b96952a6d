package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.quality.RubricChecks;
import uk.nhs.eia.reporting.Summary.Actions;
import uk.nhs.eia.reporting.Summary.Count;
import uk.nhs.eia.reporting.Summary.FailedCheck;
import uk.nhs.eia.reporting.Summary.Month;
import uk.nhs.eia.reporting.Summary.ReturnRate;
import uk.nhs.eia.reporting.Summary.Reviews;
import uk.nhs.eia.reporting.Summary.StepTime;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Step;

/**
 * The dashboard's figures, each one aggregate query over the assessments a {@link Selection} picks, so the database
 * does the counting and no record is loaded to count it.
 */
@Service
@Transactional(readOnly = true)
public class CompletionReports {

    /** Statuses whose assessments wait for a review date. */
    static final String REVIEWABLE = "('PUBLISHED', 'REVIEW_DUE', 'SCREENED_OUT')";
    private static final List<String> SCORE_BANDS = List.of("0 to 19", "20 to 39", "40 to 59", "60 to 79", "80 to 100");

    /**
     * The actions of the plans assessments stand on now (the last plan of the current version), of assessments neither
     * withdrawn nor rejected; a query adds its own conditions after this, on {@code x} and {@code a}.
     */
    static final String ACTIONS_IN_FORCE = " from eia_action x join eia_assessment a on a.id = x.assessment_id"
            + " and a.version = x.assessment_version where x.in_current_plan = true"
            + " and a.status not in ('WITHDRAWN', 'REJECTED') and ";

    private final JdbcClient jdbc;
    private final Clock clock;

    CompletionReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures, worked out again at most every few minutes for the same scope and filter (see application.yaml). */
    @Cacheable("report-summaries")
    public Summary summary(ReportScope scope, ReportFilter filter) {
        return summary(scope, filter, clock.instant());
    }

    Summary summary(ReportScope scope, ReportFilter filter, Instant now) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        List<Count> byStatus = byStatus(selection);
        return new Summary(filter, today, now, byStatus.stream().mapToLong(Count::count).sum(), byStatus, byStep(selection),
                perMonth(selection), stepTimes(selection), overdueSteps(selection, now), reviews(selection, today),
                actions(selection, today), qualityScores(selection), failedChecks(selection),
                returns(selection));
    }

    private List<Count> byStatus(Selection selection) {
        Map<String, Long> counts = jdbc.sql("select a.status, count(*) from eia_assessment a where " + selection.where()
                        + " group by a.status")
                .params(selection.params())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Count> byStatus = new ArrayList<>();
        for (AssessmentStatus status : AssessmentStatus.values()) {
            byStatus.add(new Count(status.name(), status.label(), counts.getOrDefault(status.name(), 0L)));
        }
        return byStatus;
    }

    private List<Count> byStep(Selection selection) {
        return jdbc.sql("select a.current_step, count(*) from eia_assessment a where " + selection.where()
                        + " and a.current_step is not null and a.status in ('IN_PROGRESS', 'REVIEW_DUE')"
                        + " group by a.current_step order by count(*) desc, a.current_step")
                .params(selection.params())
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
    }

    private List<Month> perMonth(Selection selection) {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        monthly(selection, "a.created_at").forEach((month, count) -> months.computeIfAbsent(month, m -> new long[2])[0] = count);
        monthly(selection, "a.completed_at").forEach((month, count) -> months.computeIfAbsent(month, m -> new long[2])[1] = count);
        if (months.isEmpty()) {
            return List.of();
        }
        List<Month> perMonth = new ArrayList<>();
        for (YearMonth month = months.firstKey(); !month.isAfter(months.lastKey()); month = month.plusMonths(1)) {
            long[] counts = months.getOrDefault(month, new long[2]);
            perMonth.add(new Month(month.toString(), counts[0], counts[1]));
        }
        return perMonth;
    }

    private Map<YearMonth, Long> monthly(Selection selection, String column) {
        return jdbc.sql("select extract(year from %1$s), extract(month from %1$s), count(*) from eia_assessment a where %2$s"
                        .formatted(column, selection.where())
                        + " and %1$s is not null group by extract(year from %1$s), extract(month from %1$s)".formatted(column))
                .params(selection.params())
                .query((rs, n) -> Map.entry(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<StepTime> stepTimes(Selection selection) {
        return jdbc.sql("select r.step_key, max(r.step), count(*),"
                        + " percentile_cont(0.5) within group (order by r.days_taken),"
                        + " percentile_cont(0.9) within group (order by r.days_taken)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.outcome in ('COMPLETED', 'RETURNED') group by r.step_key order by min(r.id)")
                .params(selection.params())
                .query((rs, n) -> new StepTime(rs.getString(1), rs.getString(2), rs.getLong(3), round(rs.getDouble(4)),
                        round(rs.getDouble(5))))
                .list();
    }

    private List<Count> overdueSteps(Selection selection, Instant now) {
        return jdbc.sql("select r.step_key, max(r.step), count(*) from eia_step_run r join eia_assessment a"
                        + " on a.id = r.assessment_id where " + selection.where()
                        + " and r.ended_at is null and r.due_at < :now group by r.step_key order by min(r.id)")
                .params(selection.with(Map.of("now", Timestamp.from(now))))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private Reviews reviews(Selection selection, LocalDate today) {
        return jdbc.sql("select"
                        + " sum(case when a.review_date < :today then 1 else 0 end),"
                        + " sum(case when a.review_date >= :today and a.review_date <= :in30 then 1 else 0 end),"
                        + " sum(case when a.review_date > :in30 and a.review_date <= :in60 then 1 else 0 end),"
                        + " sum(case when a.review_date > :in60 and a.review_date <= :in90 then 1 else 0 end)"
                        + " from eia_assessment a where " + selection.where()
                        + " and a.review_date is not null and a.status in " + REVIEWABLE)
                .params(selection.with(Map.of("today", Date.valueOf(today), "in30", Date.valueOf(today.plusDays(30)),
                        "in60", Date.valueOf(today.plusDays(60)), "in90", Date.valueOf(today.plusDays(90)))))
                .query((rs, n) -> new Reviews(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private Actions actions(Selection selection, LocalDate today) {
        return jdbc.sql("select sum(case when x.status <> :done then 1 else 0 end),"
                        + " sum(case when x.status <> :done and x.due_date < :today then 1 else 0 end)"
                        + ACTIONS_IN_FORCE + selection.where())
                .params(selection.with(Map.of("today", Date.valueOf(today), "done", Choice.ACTION_DONE.value())))
                .query((rs, n) -> new Actions(rs.getLong(1), rs.getLong(2))).single();
    }

    private List<Count> qualityScores(Selection selection) {
        Map<Integer, Long> bands = jdbc.sql("select case when q.score < 20 then 0 when q.score < 40 then 1"
                        + " when q.score < 60 then 2 when q.score < 80 then 3 else 4 end, count(*)"
                        + " from eia_quality_score q join eia_assessment a on a.id = q.assessment_id"
                        + " and a.version = q.assessment_version where " + selection.where()
                        + " group by case when q.score < 20 then 0 when q.score < 40 then 1"
                        + " when q.score < 60 then 2 when q.score < 80 then 3 else 4 end")
                .params(selection.params())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Count> counts = new ArrayList<>();
        for (int band = 0; band < SCORE_BANDS.size(); band++) {
            counts.add(new Count(SCORE_BANDS.get(band), SCORE_BANDS.get(band), bands.getOrDefault(band, 0L)));
        }
        return counts;
    }

    private List<FailedCheck> failedChecks(Selection selection) {
        Map<String, Long> failed = jdbc.sql("select f.check_id, count(*) from eia_quality_failure f join eia_assessment a"
                        + " on a.id = f.assessment_id and a.version = f.assessment_version where " + selection.where()
                        + " group by f.check_id")
                .params(selection.params())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // The rubric's order breaks ties, so the list reads the same every time.
        return RubricChecks.names().entrySet().stream().filter(check -> failed.containsKey(check.getKey()))
                .map(check -> new FailedCheck(check.getKey(), check.getValue(), failed.get(check.getKey())))
                .sorted(Comparator.comparingLong(FailedCheck::failed).reversed())
                .toList();
    }

    private ReturnRate returns(Selection selection) {
        return jdbc.sql("select count(*), sum(case when r.outcome = 'RETURNED' then 1 else 0 end)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.step_key = :step and r.outcome in ('COMPLETED', 'RETURNED')")
                .params(selection.with(Map.of("step", Step.QUALITY_REVIEW.key())))
                .query((rs, n) -> rate(rs.getLong(1), rs.getLong(2))).single();
    }

    static ReturnRate rate(long reviews, long returned) {
        return new ReturnRate(reviews, returned, reviews == 0 ? null : round(100.0 * returned / reviews));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
