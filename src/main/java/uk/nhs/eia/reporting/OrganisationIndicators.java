package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;
import static uk.nhs.eia.reporting.CompletionReports.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.reporting.Indicators.Indicator;

/**
 * The organisation indicators of the rubric, worked out afresh on every request from the dashboard's roll-up, apart
 * from the median days from completion to decision, which no count can give and is one query over the completed
 * assessments.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationIndicators {

    private static final Set<String> CURRENT = Set.of(AssessmentStatus.PUBLISHED.name(), AssessmentStatus.SCREENED_OUT.name());

    private final JdbcClient jdbc;
    private final RolledUpCounts rolledUp;
    private final DatedCounts dated;
    private final TrainingReports training;
    private final Clock clock;

    OrganisationIndicators(JdbcClient jdbc, RolledUpCounts rolledUp, DatedCounts dated, TrainingReports training,
            Clock clock) {
        this.jdbc = jdbc;
        this.rolledUp = rolledUp;
        this.dated = dated;
        this.training = training;
        this.clock = clock;
    }

    public Indicators of(ReportScope scope, ReportFilter filter) {
        return of(scope, filter, clock.instant());
    }

    Indicators of(ReportScope scope, ReportFilter filter, Instant now) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Tallies tallies = rolledUp.of(scope, filter, YearMonth.from(today));
        DatedCounts.Dated due = dated.of(selection, tallies, now);
        long assessments = tallies.total(Figure.STATUS);
        long current = CURRENT.stream().mapToLong(status -> tallies.get(Figure.STATUS, status)
                - due.pastReviews().getOrDefault(status, 0L)).sum();
        long reviewed = tallies.byItem(Figure.STEP_RUNS).getOrDefault(Step.SIGN_OFF.key(), 0L)
                - tallies.get(Figure.RETURNED, Step.SIGN_OFF.key());
        long pastDueDone = due.pastDue().getOrDefault(AssessmentCounts.DONE, 0L);
        return new Indicators(filter, today, now, List.of(
                percent("current", "Proposals with a current assessment", current,
                        assessments - tallies.get(Figure.STATUS, AssessmentStatus.WITHDRAWN.name()),
                        "of assessments not withdrawn: published or screened out, and not past their review date"),
                percent("past-review", "Past their review date", due.reviews().overdue(), tallies.total(Figure.REVIEWS),
                        "of published and screened-out assessments with a review date"),
                percent("reviewed-before-approval", "Quality-reviewed before approval",
                        tallies.total(Figure.SIGNED_OFF_AFTER_REVIEW), reviewed,
                        "of sign-offs: an equality lead accepted the same version first"),
                percent("published", "Published", tallies.total(Figure.PUBLISHED), tallies.total(Figure.COMPLETED),
                        "of assessments completed here (published, screened out or rejected)"),
                medianDaysBeforeDecision(selection),
                percent("actions-on-time", "Actions done by their due date", pastDueDone,
                        pastDueDone + due.pastDue().getOrDefault(AssessmentCounts.OPEN, 0L),
                        "of actions past their due date in current action plans: marked done"),
                authorsTrained(scope, filter, today),
                returnsPerAssessment(tallies)),
                CompletionReports.stepTimes(tallies));
    }

    private Indicator authorsTrained(ReportScope scope, ReportFilter filter, LocalDate today) {
        TrainingReport.AuthorsTrained authors = training.allAuthors(scope, filter, today);
        return new Indicator("authors-trained", "Authors with current training", authors.percent(), "%",
                "of people who can write assessments, by the directorates they belong to (%d of %d)"
                        .formatted(authors.trained(), authors.authors()));
    }

    private static Indicator percent(String id, String name, long part, long whole, String basis) {
        return new Indicator(id, name, whole == 0 ? null : round(100.0 * part / whole), "%",
                basis + " (" + part + " of " + whole + ")");
    }

    private Indicator medianDaysBeforeDecision(Selection selection) {
        return jdbc.sql("select count(*), percentile_cont(0.5) within group (order by"
                        + " (extract(epoch from a.planned_decision_date) - extract(epoch from a.completed_at)) / 86400.0),"
                        + " sum(case when a.planned_decision_date < cast(a.completed_at as date) then 1 else 0 end)"
                        + " from eia_assessment a where " + selection.where()
                        + " and a.completed_at is not null and a.planned_decision_date is not null and a.status <> 'REJECTED'"
                        + " and not (a.imported and a.version = 1)")
                .params(selection.params())
                .query((rs, n) -> new Indicator("days-before-decision", "Median days from completion to decision",
                        rs.getLong(1) == 0 ? null : round(rs.getDouble(2)), "days",
                        "of %d assessments completed here with a planned decision date; %d completed after it"
                                .formatted(rs.getLong(1), rs.getLong(3))))
                .single();
    }

    private static Indicator returnsPerAssessment(Tallies tallies) {
        long reviewed = tallies.total(Figure.REVIEWED);
        long returned = tallies.get(Figure.RETURNED, Step.QUALITY_REVIEW.key()) + tallies.get(Figure.RETURNED, Step.SIGN_OFF.key());
        return new Indicator("returns-per-assessment", "Returns per assessment",
                reviewed == 0 ? null : round((double) returned / reviewed), "per assessment",
                "returns by quality review or sign-off, over %d assessments reviewed".formatted(reviewed));
    }
}
