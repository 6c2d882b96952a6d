package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.quality.RubricChecks;
import uk.nhs.eia.reporting.Summary.Count;
import uk.nhs.eia.reporting.Summary.FailedCheck;
import uk.nhs.eia.reporting.Summary.Month;
import uk.nhs.eia.reporting.Summary.ReturnRate;
import uk.nhs.eia.reporting.Summary.StepTime;

/**
 * The dashboard's figures for a reader's scope and filter, worked out afresh on every request from the roll-up the
 * steps keep ({@link RolledUpCounts}) and, for what depends on today's date, the few rows due near it
 * ({@link DatedCounts}). No figure is kept between requests, so two nodes never show different figures.
 */
@Service
@Transactional(readOnly = true)
public class CompletionReports {

    private static final List<String> SCORE_BANDS = List.of("0 to 19", "20 to 39", "40 to 59", "60 to 79", "80 to 100");

    /**
     * The actions of the plans assessments stand on now (the last plan of the current version), of assessments neither
     * withdrawn nor rejected; a query adds its own conditions after this, on {@code x} and {@code a}.
     */
    static final String ACTIONS_IN_FORCE = " from eia_action x join eia_assessment a on a.id = x.assessment_id"
            + " and a.version = x.assessment_version where x.in_current_plan = true"
            + " and a.status not in ('WITHDRAWN', 'REJECTED') and ";

    private final RolledUpCounts rolledUp;
    private final DatedCounts dated;
    private final Clock clock;

    CompletionReports(RolledUpCounts rolledUp, DatedCounts dated, Clock clock) {
        this.rolledUp = rolledUp;
        this.dated = dated;
        this.clock = clock;
    }

    public Summary summary(ReportScope scope, ReportFilter filter) {
        return summary(scope, filter, clock.instant());
    }

    Summary summary(ReportScope scope, ReportFilter filter, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Tallies tallies = rolledUp.of(scope, filter, YearMonth.from(today));
        DatedCounts.Dated due = dated.of(Selection.of(scope, filter), tallies, now);
        return new Summary(filter, today, now, tallies.total(Figure.STATUS), tallies.total(Figure.IMPORTED), byStatus(tallies),
                byStep(tallies), perMonth(tallies), stepTimes(tallies), due.overdueSteps(), due.reviews(), due.actions(),
                qualityScores(tallies), failedChecks(tallies), returns(tallies));
    }

    private static List<Count> byStatus(Tallies tallies) {
        return Arrays.stream(AssessmentStatus.values())
                .map(status -> new Count(status.name(), status.label(), tallies.get(Figure.STATUS, status.name())))
                .toList();
    }

    private static List<Count> byStep(Tallies tallies) {
        return tallies.byItem(Figure.AT_STEP).entrySet().stream()
                .map(step -> new Count(step.getKey(), step.getKey(), step.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
                .toList();
    }

    private static List<Month> perMonth(Tallies tallies) {
        Map<String, Long> started = tallies.byItem(Figure.STARTED);
        Map<String, Long> completed = tallies.byItem(Figure.COMPLETED);
        TreeSet<YearMonth> months = new TreeSet<>();
        started.keySet().forEach(month -> months.add(YearMonth.parse(month)));
        completed.keySet().forEach(month -> months.add(YearMonth.parse(month)));
        if (months.isEmpty()) {
            return List.of();
        }
        List<Month> perMonth = new ArrayList<>();
        for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
            perMonth.add(new Month(month.toString(), started.getOrDefault(month.toString(), 0L),
                    completed.getOrDefault(month.toString(), 0L)));
        }
        return perMonth;
    }

    /** How long each step took, in the order of the process, from the histograms of its finished runs. */
    static List<StepTime> stepTimes(Tallies tallies) {
        Map<String, long[]> runs = new TreeMap<>();
        Map<String, long[]> seconds = new TreeMap<>();
        tallies.all().forEach((tally, n) -> {
            if (tally.figure() == Figure.STEP_RUNS || tally.figure() == Figure.STEP_SECONDS) {
                (tally.figure() == Figure.STEP_RUNS ? runs : seconds)
                        .computeIfAbsent(tally.item(), step -> new long[StepTimeBuckets.COUNT])[Integer.parseInt(tally.bucket())] = n;
            }
        });
        return runs.keySet().stream().sorted(Comparator.comparing(CompletionReports::processOrder))
                .map(step -> {
                    long[] counted = runs.get(step);
                    long[] took = seconds.getOrDefault(step, new long[StepTimeBuckets.COUNT]);
                    return new StepTime(step, stepName(step), Arrays.stream(counted).sum(),
                            round(StepTimeBuckets.percentileDays(counted, took, 0.5)),
                            round(StepTimeBuckets.percentileDays(counted, took, 0.9)));
                })
                .toList();
    }

    private static List<Count> qualityScores(Tallies tallies) {
        List<Count> counts = new ArrayList<>();
        for (int band = 0; band < SCORE_BANDS.size(); band++) {
            counts.add(new Count(SCORE_BANDS.get(band), SCORE_BANDS.get(band),
                    tallies.get(Figure.QUALITY_BAND, Integer.toString(band))));
        }
        return counts;
    }

    private static List<FailedCheck> failedChecks(Tallies tallies) {
        Map<String, Long> failed = tallies.byItem(Figure.FAILED_CHECK);
        // The rubric's order breaks ties, so the list reads the same every time.
        return RubricChecks.names().entrySet().stream().filter(check -> failed.containsKey(check.getKey()))
                .map(check -> new FailedCheck(check.getKey(), check.getValue(), failed.get(check.getKey())))
                .sorted(Comparator.comparingLong(FailedCheck::failed).reversed())
                .toList();
    }

    private static ReturnRate returns(Tallies tallies) {
        String review = Step.QUALITY_REVIEW.key();
        return rate(tallies.byItem(Figure.STEP_RUNS).getOrDefault(review, 0L), tallies.get(Figure.RETURNED, review));
    }

    /** The name people know a step by, as the process model gives it; its key for a step the model no longer has. */
    static String stepName(String stepKey) {
        return Step.byKey(stepKey).map(Step::stepName).orElse(stepKey);
    }

    /** Where a step comes in the process, steps it no longer has last. */
    static int processOrder(String stepKey) {
        return Step.byKey(stepKey).map(Step::ordinal).orElse(Step.values().length);
    }

    static ReturnRate rate(long reviews, long returned) {
        return new ReturnRate(reviews, returned, reviews == 0 ? null : round(100.0 * returned / reviews));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
