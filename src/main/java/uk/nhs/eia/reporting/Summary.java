package uk.nhs.eia.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures for the assessments a filter picks, as they stood on {@code asOf}, worked out at
 * {@code calculatedAt}. Each list is one chart and its table. {@code imported} of the {@code assessments} came from
 * the earlier records and have not been reassessed here: they are not counted as started or completed per month.
 */
public record Summary(ReportFilter filter, LocalDate asOf, Instant calculatedAt, long assessments, long imported,
        List<Count> byStatus, List<Count> byStep,
        List<Month> perMonth, List<StepTime> stepTimes, List<Count> overdueSteps, Reviews reviews, Actions actions,
        List<Count> qualityScores, List<FailedCheck> failedChecks, ReturnRate qualityReviewReturns) {

    /** How many assessments (or steps) fall under {@code label}; {@code key} is the value filters and links use. */
    public record Count(String key, String label, long count) {
    }

    /** Assessments started and completed in a calendar month, {@code month} as 2026-04. */
    public record Month(String month, long started, long completed) {
    }

    /** How long a step took, in days, over the {@code completed} times it was completed or returned. */
    public record StepTime(String stepKey, String step, long completed, double medianDays, double percentile90Days) {
    }

    /** Reviews past their date, and due within 30, from 31 to 60 and from 61 to 90 days. */
    public record Reviews(long overdue, long within30Days, long within60Days, long within90Days) {
    }

    /** Actions in the action plans assessments stand on now, not yet done, and of those, past their due date. */
    public record Actions(long open, long overdue) {
    }

    /** A rubric check and how many assessments fail it now. */
    public record FailedCheck(String id, String name, long failed) {
    }

    /** Quality reviews finished, how many handed the work back, and that as a percentage (null when none). */
    public record ReturnRate(long reviews, long returned, Double percent) {
    }
}
