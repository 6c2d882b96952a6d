package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.quality.RubricChecks;
import uk.nhs.eia.reporting.Indicators.Indicator;
import uk.nhs.eia.reporting.Summary.Actions;
import uk.nhs.eia.reporting.Summary.Count;
import uk.nhs.eia.reporting.Summary.FailedCheck;
import uk.nhs.eia.reporting.Summary.Month;
import uk.nhs.eia.reporting.Summary.ReturnRate;
import uk.nhs.eia.reporting.Summary.Reviews;
import uk.nhs.eia.reporting.Summary.StepTime;

/**
 * The dashboard's figures and the organisation's indicators worked out from every row, one SQL aggregate each, as
 * the service worked them out before it had a roll-up: what the roll-up's figures are checked against. Steps are
 * listed in the order of the process, as the dashboard lists them.
 */
final class FiguresFromRows {

    private static final String REVIEWABLE = "('PUBLISHED', 'REVIEW_DUE', 'SCREENED_OUT')";
    private static final List<String> SCORE_BANDS = List.of("0 to 19", "20 to 39", "40 to 59", "60 to 79", "80 to 100");
    private static final String QUALITY_REVIEW = Step.QUALITY_REVIEW.key();
    private static final String SIGN_OFF = Step.SIGN_OFF.key();

    private final JdbcClient jdbc;

    FiguresFromRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Summary summary(ReportScope scope, ReportFilter filter, Instant now) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        List<Count> byStatus = byStatus(selection);
        long imported = jdbc.sql("select count(*) from eia_assessment a where " + selection.where()
                + " and a.imported and a.version = 1").params(selection.params()).query(Long.class).single();
        return new Summary(filter, today, now, byStatus.stream().mapToLong(Count::count).sum(), imported, byStatus,
                byStep(selection),
                perMonth(selection), stepTimes(selection), overdueSteps(selection, now), reviews(selection, today),
                actions(selection, today), qualityScores(selection), failedChecks(selection),
                returns(selection));
    }

    /** The indicators but the authors' training, which the roll-up does not count. */
    List<Indicator> indicators(ReportScope scope, ReportFilter filter, Instant now) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Map<String, Object> params = selection.with(Map.of("today", Date.valueOf(today),
                "done", Choice.ACTION_DONE.value()));
        return List.of(
                percent("current", "Proposals with a current assessment", params,
                        "sum(case when a.status in ('PUBLISHED', 'SCREENED_OUT') and (a.review_date is null"
                                + " or a.review_date >= :today) then 1 else 0 end)",
                        "sum(case when a.status <> 'WITHDRAWN' then 1 else 0 end)",
                        "from eia_assessment a where " + selection.where(),
                        "of assessments not withdrawn: published or screened out, and not past their review date"),
                percent("past-review", "Past their review date", params,
                        "sum(case when a.review_date < :today then 1 else 0 end)", "count(*)",
                        "from eia_assessment a where " + selection.where() + " and a.review_date is not null and a.status in "
                                + REVIEWABLE,
                        "of published and screened-out assessments with a review date"),
                percent("reviewed-before-approval", "Quality-reviewed before approval", params,
                        "sum(case when exists (select 1 from eia_step_run q where q.assessment_id = r.assessment_id"
                                + " and q.assessment_version = r.assessment_version and q.step_key = '" + QUALITY_REVIEW
                                + "' and q.outcome = 'COMPLETED' and q.ended_at <= r.ended_at) then 1 else 0 end)",
                        "count(*)",
                        "from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                                + " and r.step_key = '" + SIGN_OFF + "' and r.outcome = 'COMPLETED'",
                        "of sign-offs: an equality lead accepted the same version first"),
                percent("published", "Published", params,
                        "sum(case when a.published_at is not null then 1 else 0 end)", "count(*)",
                        "from eia_assessment a where " + selection.where() + " and a.completed_at is not null"
                                + " and not (a.imported and a.version = 1)",
                        "of assessments completed here (published, screened out or rejected)"),
                percent("actions-on-time", "Actions done by their due date", params,
                        "sum(case when x.status = :done then 1 else 0 end)", "count(*)",
                        CompletionReports.ACTIONS_IN_FORCE + selection.where() + " and x.due_date < :today",
                        "of actions past their due date in current action plans: marked done"),
                returnsPerAssessment(selection, params));
    }

    private Indicator percent(String id, String name, Map<String, Object> params, String part, String whole,
            String from, String basis) {
        return jdbc.sql("select " + part + ", " + whole + " " + from).params(params)
                .query((rs, n) -> new Indicator(id, name,
                        rs.getLong(2) == 0 ? null : CompletionReports.round(100.0 * rs.getLong(1) / rs.getLong(2)), "%",
                        basis + " (" + rs.getLong(1) + " of " + rs.getLong(2) + ")"))
                .single();
    }

    private Indicator returnsPerAssessment(Selection selection, Map<String, Object> params) {
        return jdbc.sql("select count(distinct r.assessment_id), sum(case when r.outcome = 'RETURNED' then 1 else 0 end)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.step_key in ('" + QUALITY_REVIEW + "', '" + SIGN_OFF + "')"
                        + " and r.outcome in ('COMPLETED', 'RETURNED')")
                .params(params)
                .query((rs, n) -> new Indicator("returns-per-assessment", "Returns per assessment",
                        rs.getLong(1) == 0 ? null : CompletionReports.round((double) rs.getLong(2) / rs.getLong(1)),
                        "per assessment", "returns by quality review or sign-off, over %d assessments reviewed"
                                .formatted(rs.getLong(1))))
                .single();
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
                        + " and %1$s is not null and not (a.imported and a.version = 1) group by extract(year from %1$s), extract(month from %1$s)".formatted(column))
                .params(selection.params())
                .query((rs, n) -> Map.entry(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<StepTime> stepTimes(Selection selection) {
        return jdbc.sql("select r.step_key, max(r.step), count(*),"
                        + " percentile_cont(0.5) within group (order by r.days_taken),"
                        + " percentile_cont(0.9) within group (order by r.days_taken)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.outcome in ('COMPLETED', 'RETURNED') group by r.step_key")
                .params(selection.params())
                .query((rs, n) -> new StepTime(rs.getString(1), rs.getString(2), rs.getLong(3), CompletionReports.round(rs.getDouble(4)),
                        CompletionReports.round(rs.getDouble(5))))
                .list().stream().sorted(Comparator.comparing(step -> CompletionReports.processOrder(step.stepKey()))).toList();
    }

    private List<Count> overdueSteps(Selection selection, Instant now) {
        return jdbc.sql("select r.step_key, max(r.step), count(*) from eia_step_run r join eia_assessment a"
                        + " on a.id = r.assessment_id where " + selection.where()
                        + " and r.ended_at is null and r.due_at < :now group by r.step_key")
                .params(selection.with(Map.of("now", Timestamp.from(now))))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list().stream()
                .sorted(Comparator.comparing(step -> CompletionReports.processOrder(step.key()))).toList();
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
                        + CompletionReports.ACTIONS_IN_FORCE + selection.where())
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
                .query((rs, n) -> CompletionReports.rate(rs.getLong(1), rs.getLong(2))).single();
    }

}
