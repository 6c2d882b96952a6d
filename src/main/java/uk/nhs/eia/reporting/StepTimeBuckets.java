package uk.nhs.eia.reporting;

import java.util.Arrays;

/**
 * The fixed buckets step times are rolled up in, and the percentiles read back from them. A bucket keeps how many
 * runs fell in it and the seconds they took between them; a percentile is read as if every run in a bucket took the
 * bucket's mean, then interpolated between neighbouring runs as {@code percentile_cont} does. It is exact when the
 * runs in each bucket took the same time, and otherwise never further out than the bucket's width: under an hour
 * for the first day, a day up to two weeks, then a week or more.
 */
final class StepTimeBuckets {

    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    /** Where each bucket ends (exclusive), in seconds; the last bucket has no end. */
    private static final long[] ENDS = {HOUR, 4 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY, 6 * DAY,
            7 * DAY, 8 * DAY, 9 * DAY, 10 * DAY, 11 * DAY, 12 * DAY, 13 * DAY, 14 * DAY, 21 * DAY, 28 * DAY, 42 * DAY,
            56 * DAY, 91 * DAY, 182 * DAY, 365 * DAY};

    /** How many buckets there are; the roll-up has a pair of columns for each. */
    static final int COUNT = ENDS.length + 1;

    private StepTimeBuckets() {
    }

    /** The bucket a run of this many seconds falls in. */
    static int of(long seconds) {
        int found = Arrays.binarySearch(ENDS, seconds);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where a bucket starts, in seconds. */
    static long start(int bucket) {
        return bucket == 0 ? 0 : ENDS[bucket - 1];
    }

    /** Where a bucket ends (exclusive), in seconds; the last one never does. */
    static long end(int bucket) {
        return bucket == ENDS.length ? Long.MAX_VALUE : ENDS[bucket];
    }

    /** A bucket as tallies and columns name it: 00, 01 and so on. */
    static String name(int bucket) {
        return "%02d".formatted(bucket);
    }

    /** A run's time as {@code eia_step_run.days_taken} keeps it, in whole seconds. */
    static long seconds(double days) {
        return Math.round(days * DAY);
    }

    /**
     * The {@code fraction} percentile (0.5 for the median), in days, of the runs counted in {@code runs} taking
     * {@code seconds} between them, bucket by bucket; NaN when there are none.
     */
    static double percentileDays(long[] runs, long[] seconds, double fraction) {
        long total = Arrays.stream(runs).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double position = fraction * (total - 1);
        long below = (long) Math.floor(position);
        double lower = meanDaysOfRun(runs, seconds, below);
        double upper = meanDaysOfRun(runs, seconds, Math.min(below + 1, total - 1));
        return lower + (position - below) * (upper - lower);
    }

    /** The mean days of the bucket holding the run at {@code index} (from 0) in order of time taken. */
    private static double meanDaysOfRun(long[] runs, long[] seconds, long index) {
        long seen = 0;
        for (int bucket = 0; bucket < runs.length; bucket++) {
            seen += runs[bucket];
            if (index < seen) {
                return (double) seconds[bucket] / runs[bucket] / DAY;
            }
        }
        throw new IllegalArgumentException("No run " + index + " among " + seen);
    }
}
