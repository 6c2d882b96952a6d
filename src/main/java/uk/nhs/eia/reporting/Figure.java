package uk.nhs.eia.reporting;

/**
 * What the dashboard's roll-up counts, each under an item (a status, a step, a check, a month) and, for a figure
 * about a date that moves against today, the month of that date. The step times' three are kept as histograms
 * rather than counts.
 */
enum Figure {
    /** Assessments by status. */
    STATUS,
    /** Assessments in progress or under review, by the name of the step they are at. */
    AT_STEP,
    /**
     * Assessments imported from earlier records and not reassessed here: counted by status and review date like any
     * other, but not as started, completed or published here, where their dates would tell of work done elsewhere.
     */
    IMPORTED,
    /** Assessments by the month they started in. */
    STARTED,
    /** Assessments completed (published, screened out or rejected), by the month they were completed in. */
    COMPLETED,
    /** Completed assessments that were published. */
    PUBLISHED,
    /** Assessments waiting for a review date, by status. */
    REVIEWS,
    /** The same, by status and the month the review is due in. */
    REVIEWS_BY_MONTH,
    /** Current versions by their quality score's band (0 for 0 to 19 up to 4 for 80 to 100). */
    QUALITY_BAND,
    /** Current versions failing a rubric check, by check. */
    FAILED_CHECK,
    /** Actions in the plans assessments stand on now, done or open. */
    ACTIONS,
    /** The same, by the month each is due in. */
    ACTIONS_BY_MONTH,
    /** Steps open with a due date, by step key. */
    OPEN_STEPS,
    /** The same, by the month each is due in. */
    OPEN_STEPS_BY_MONTH,
    /** Assessments a quality review or sign-off has finished with at least once. */
    REVIEWED,
    /** Sign-offs after an equality lead accepted the same version. */
    SIGNED_OFF_AFTER_REVIEW,
    /** Finished runs of a step handed back, by step key. */
    RETURNED(true),
    /** Finished runs of a step, by step key and time bucket. */
    STEP_RUNS(true),
    /** The seconds those runs took between them, by step key and time bucket. */
    STEP_SECONDS(true);

    private final boolean stepTime;

    Figure() {
        this(false);
    }

    Figure(boolean stepTime) {
        this.stepTime = stepTime;
    }

    /** Whether the figure is kept with the step times' histograms rather than as a count. */
    boolean stepTime() {
        return stepTime;
    }
}
