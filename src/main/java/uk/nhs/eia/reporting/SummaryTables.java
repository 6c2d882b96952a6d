package uk.nhs.eia.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.eia.reporting.Summary.Count;

/** The dashboard's figures as the tables people read and download, in the order the dashboard shows them. */
public final class SummaryTables {

    private SummaryTables() {
    }

    public static List<ReportTable> of(Summary summary) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counts("status", "Assessments by status", "Status", summary.byStatus()));
        tables.add(counts("steps", "Assessments in progress by step", "Step", summary.byStep()));
        tables.add(new ReportTable("months", "Assessments started and completed each month", "line",
                List.of("Month", "Started", "Completed"), summary.perMonth().stream()
                .map(month -> List.of(month.month(), n(month.started()), n(month.completed()))).toList()));
        tables.add(new ReportTable("step-times", "Days taken per step", "bar", 2,
                List.of("Step", "Median days", "90th percentile days", "Times done"), summary.stepTimes().stream()
                .map(step -> List.of(step.step(), d(step.medianDays()), d(step.percentile90Days()), n(step.completed())))
                .toList()));
        tables.add(counts("overdue-steps", "Steps open past their due date", "Step", summary.overdueSteps()));
        tables.add(new ReportTable("reviews", "Reviews due", "bar", List.of("When", "Assessments"), List.of(
                List.of("Overdue", n(summary.reviews().overdue())),
                List.of("Within 30 days", n(summary.reviews().within30Days())),
                List.of("In 31 to 60 days", n(summary.reviews().within60Days())),
                List.of("In 61 to 90 days", n(summary.reviews().within90Days())))));
        tables.add(new ReportTable("actions", "Actions in current action plans", "bar", List.of("Actions", "Number"), List.of(
                List.of("Open", n(summary.actions().open())),
                List.of("Overdue", n(summary.actions().overdue())))));
        tables.add(counts("quality-scores", "Quality scores", "Score", summary.qualityScores()));
        tables.add(new ReportTable("failed-checks", "Checks failed most often", "bar", List.of("Check", "Assessments failing it"),
                summary.failedChecks().stream().map(check -> List.of(check.id() + " " + check.name(), n(check.failed())))
                        .toList()));
        tables.add(new ReportTable("returns", "Quality review return rate", "none",
                List.of("Quality reviews finished", "Returned to the author", "Return rate (%)"),
                List.of(List.of(n(summary.qualityReviewReturns().reviews()), n(summary.qualityReviewReturns().returned()),
                        Optional.ofNullable(summary.qualityReviewReturns().percent()).map(SummaryTables::d).orElse("")))));
        return tables;
    }

    /** The table with this id, if the dashboard has one. */
    public static Optional<ReportTable> find(Summary summary, String id) {
        return of(summary).stream().filter(table -> table.id().equals(id)).findFirst();
    }

    private static ReportTable counts(String id, String title, String heading, List<Count> counts) {
        return new ReportTable(id, title, "bar", List.of(heading, "Assessments"),
                counts.stream().map(count -> List.of(count.label(), n(count.count()))).toList());
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String d(double value) {
        return Double.toString(value);
    }
}
