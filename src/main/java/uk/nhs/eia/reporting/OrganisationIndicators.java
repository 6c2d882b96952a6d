package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;
import static uk.nhs.eia.reporting.CompletionReports.ACTIONS_IN_FORCE;
import static uk.nhs.eia.reporting.CompletionReports.REVIEWABLE;
import static uk.nhs.eia.reporting.CompletionReports.round;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.reporting.Indicators.Indicator;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Step;

/** The organisation indicators of the rubric, each one aggregate query over the assessments a filter picks. */
@Service
@Transactional(readOnly = true)
public class OrganisationIndicators {

    private static final String QUALITY_REVIEW = Step.QUALITY_REVIEW.key();
    private static final String SIGN_OFF = Step.SIGN_OFF.key();

    private final JdbcClient jdbc;
    private final CompletionReports completion;
    private final TrainingReports training;
    private final Clock clock;

    OrganisationIndicators(JdbcClient jdbc, CompletionReports completion, TrainingReports training, Clock clock) {
        this.jdbc = jdbc;
        this.completion = completion;
        this.training = training;
        this.clock = clock;
    }

    @Cacheable("report-indicators")
    public Indicators of(ReportScope scope, ReportFilter filter) {
        return of(scope, filter, clock.instant());
    }

    Indicators of(ReportScope scope, ReportFilter filter, Instant now) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Map<String, Object> params = selection.with(Map.of("today", Date.valueOf(today),
                "done", Choice.ACTION_DONE.value()));
        return new Indicators(filter, today, now, List.of(
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
                        "from eia_assessment a where " + selection.where() + " and a.completed_at is not null",
                        "of completed assessments (published, screened out or rejected)"),
                medianDaysBeforeDecision(selection, params),
                percent("actions-on-time", "Actions done by their due date", params,
                        "sum(case when x.status = :done then 1 else 0 end)", "count(*)",
                        ACTIONS_IN_FORCE + selection.where() + " and x.due_date < :today",
                        "of actions past their due date in current action plans: marked done"),
                authorsTrained(scope, filter, today),
                returnsPerAssessment(selection, params)),
                completion.stepTimes(selection));
    }

    private Indicator authorsTrained(ReportScope scope, ReportFilter filter, LocalDate today) {
        TrainingReport.AuthorsTrained authors = training.allAuthors(scope, filter, today);
        return new Indicator("authors-trained", "Authors with current training", authors.percent(), "%",
                "of people who can write assessments, by the directorates they belong to (%d of %d)"
                        .formatted(authors.trained(), authors.authors()));
    }

    private Indicator percent(String id, String name, Map<String, Object> params, String part, String whole,
            String from, String basis) {
        return jdbc.sql("select " + part + ", " + whole + " " + from).params(params)
                .query((rs, n) -> new Indicator(id, name,
                        rs.getLong(2) == 0 ? null : round(100.0 * rs.getLong(1) / rs.getLong(2)), "%",
                        basis + " (" + rs.getLong(1) + " of " + rs.getLong(2) + ")"))
                .single();
    }

    private Indicator medianDaysBeforeDecision(Selection selection, Map<String, Object> params) {
        return jdbc.sql("select count(*), percentile_cont(0.5) within group (order by"
                        + " (extract(epoch from a.planned_decision_date) - extract(epoch from a.completed_at)) / 86400.0),"
                        + " sum(case when a.planned_decision_date < cast(a.completed_at as date) then 1 else 0 end)"
                        + " from eia_assessment a where " + selection.where()
                        + " and a.completed_at is not null and a.planned_decision_date is not null and a.status <> 'REJECTED'")
                .params(params)
                .query((rs, n) -> new Indicator("days-before-decision", "Median days from completion to decision",
                        rs.getLong(1) == 0 ? null : round(rs.getDouble(2)), "days",
                        "of %d completed assessments with a planned decision date; %d completed after it"
                                .formatted(rs.getLong(1), rs.getLong(3))))
                .single();
    }

    private Indicator returnsPerAssessment(Selection selection, Map<String, Object> params) {
        return jdbc.sql("select count(distinct r.assessment_id), sum(case when r.outcome = 'RETURNED' then 1 else 0 end)"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + selection.where()
                        + " and r.step_key in ('" + QUALITY_REVIEW + "', '" + SIGN_OFF + "')"
                        + " and r.outcome in ('COMPLETED', 'RETURNED')")
                .params(params)
                .query((rs, n) -> new Indicator("returns-per-assessment", "Returns per assessment",
                        rs.getLong(1) == 0 ? null : round((double) rs.getLong(2) / rs.getLong(1)), "per assessment",
                        "returns by quality review or sign-off, over %d assessments reviewed".formatted(rs.getLong(1))))
                .single();
    }
}
