package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.contract.Step;

/**
 * What one assessment adds to each figure of the dashboard, worked out from its rows. It is the one rule the roll-up
 * is kept by, whether a step has just committed, an upgraded register is counted for the first time, or a report
 * counts the assessments of the days at the edge of its period.
 */
final class AssessmentCounts {

    /** Statuses whose assessments wait for a review date. */
    static final Set<String> WAITING_FOR_REVIEW = Set.of(AssessmentStatus.PUBLISHED.name(),
            AssessmentStatus.REVIEW_DUE.name(), AssessmentStatus.SCREENED_OUT.name());
    /** How an action is counted: done, or still open. */
    static final String DONE = "done";
    static final String OPEN = "open";

    private static final Set<String> AT_A_STEP = Set.of(AssessmentStatus.IN_PROGRESS.name(),
            AssessmentStatus.REVIEW_DUE.name());
    private static final String COMPLETED = "COMPLETED";
    private static final String RETURNED = "RETURNED";
    private static final Set<String> REVIEWS = Set.of(Step.QUALITY_REVIEW.key(), Step.SIGN_OFF.key());

    private AssessmentCounts() {
    }

    /**
     * An assessment's row, with the quality score of its current version when a step of it has been accepted;
     * {@code importedAsDecided} when it came from the earlier records and has not been reassessed here.
     */
    record Assessment(long id, String directorate, String proposalType, Instant createdAt, String status,
            String currentStep, Instant completedAt, Instant publishedAt, LocalDate reviewDate, Integer score,
            boolean importedAsDecided) {

        Cell cell() {
            return new Cell(month(createdAt), directorate, proposalType);
        }
    }

    /** Each time one of its steps was open. */
    record Run(int version, String stepKey, String outcome, Instant endedAt, Instant dueAt, Double daysTaken) {

        boolean finished() {
            return COMPLETED.equals(outcome) || RETURNED.equals(outcome);
        }
    }

    /** An action of the plan it stands on now. */
    record Action(boolean done, LocalDate dueDate) {
    }

    static CountedAssessment of(Assessment assessment, List<String> failedChecks, List<Run> runs, List<Action> actions) {
        Tallies tallies = Tallies.none();
        String status = assessment.status();
        tallies.add(Figure.STATUS, status, 1);
        if (assessment.importedAsDecided()) {
            tallies.add(Figure.IMPORTED, Tally.NO_BUCKET, 1);
        } else {
            tallies.add(Figure.STARTED, month(assessment.createdAt()), 1);
        }
        if (AT_A_STEP.contains(status) && assessment.currentStep() != null) {
            tallies.add(Figure.AT_STEP, assessment.currentStep(), 1);
        }
        if (assessment.completedAt() != null && !assessment.importedAsDecided()) {
            tallies.add(Figure.COMPLETED, month(assessment.completedAt()), 1);
            if (assessment.publishedAt() != null) {
                tallies.add(Figure.PUBLISHED, Tally.NO_BUCKET, 1);
            }
        }
        if (assessment.reviewDate() != null && WAITING_FOR_REVIEW.contains(status)) {
            tallies.add(Figure.REVIEWS, status, 1);
            tallies.add(new Tally(Figure.REVIEWS_BY_MONTH, status, YearMonth.from(assessment.reviewDate()).toString()), 1);
        }
        if (assessment.score() != null) {
            tallies.add(Figure.QUALITY_BAND, Integer.toString(band(assessment.score())), 1);
        }
        failedChecks.forEach(check -> tallies.add(Figure.FAILED_CHECK, check, 1));
        for (Action action : actions) {
            String done = action.done() ? DONE : OPEN;
            tallies.add(Figure.ACTIONS, done, 1);
            tallies.add(new Tally(Figure.ACTIONS_BY_MONTH, done, YearMonth.from(action.dueDate()).toString()), 1);
        }
        runs.forEach(run -> countRun(run, runs, tallies));
        if (runs.stream().anyMatch(run -> run.finished() && REVIEWS.contains(run.stepKey()))) {
            tallies.add(Figure.REVIEWED, Tally.NO_BUCKET, 1);
        }
        return new CountedAssessment(assessment.id(), assessment.cell(), tallies);
    }

    private static void countRun(Run run, List<Run> all, Tallies tallies) {
        if (run.endedAt() == null && run.dueAt() != null) {
            tallies.add(Figure.OPEN_STEPS, run.stepKey(), 1);
            tallies.add(new Tally(Figure.OPEN_STEPS_BY_MONTH, run.stepKey(), month(run.dueAt())), 1);
        }
        if (!run.finished() || run.daysTaken() == null) {
            return;
        }
        long seconds = StepTimeBuckets.seconds(run.daysTaken());
        String bucket = StepTimeBuckets.name(StepTimeBuckets.of(seconds));
        tallies.add(new Tally(Figure.STEP_RUNS, run.stepKey(), bucket), 1);
        tallies.add(new Tally(Figure.STEP_SECONDS, run.stepKey(), bucket), seconds);
        if (RETURNED.equals(run.outcome())) {
            tallies.add(Figure.RETURNED, run.stepKey(), 1);
        }
        if (Step.SIGN_OFF.key().equals(run.stepKey()) && COMPLETED.equals(run.outcome()) && reviewedFirst(run, all)) {
            tallies.add(Figure.SIGNED_OFF_AFTER_REVIEW, Tally.NO_BUCKET, 1);
        }
    }

    /** Whether an equality lead accepted the same version before this sign-off ended. */
    private static boolean reviewedFirst(Run signOff, List<Run> all) {
        return all.stream().anyMatch(run -> run.version() == signOff.version()
                && Step.QUALITY_REVIEW.key().equals(run.stepKey()) && COMPLETED.equals(run.outcome())
                && run.endedAt() != null && !run.endedAt().isAfter(signOff.endedAt()));
    }

    /** The band of a quality score: 0 for 0 to 19, up to 4 for 80 to 100. */
    static int band(int score) {
        return Math.min(4, Math.max(0, score / 20));
    }

    static String month(Instant instant) {
        return YearMonth.from(instant.atZone(ENGLAND)).toString();
    }
}
