package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The arithmetic the roll-up stands on, whatever the numbers: step times read back from their histograms, periods
 * read as whole months and days at the edges, and counts kept and read back per assessment.
 */
class RollupProperties {

    private static final long DAY = 86_400;

    @Property(tries = 300)
    void aStepsMedianAndNinetiethPercentileAreExactWhenTheRunsOfEachBucketTookAlike(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 17) Integer> picks) {
        int[] alone = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 30, 60, 100};
        List<Long> seconds = picks.stream().map(pick -> alone[pick] * DAY).toList();

        for (double fraction : new double[] {0.5, 0.9}) {
            assertThat(fromHistogram(seconds, fraction)).isCloseTo(exact(seconds, fraction), offset(1e-9));
        }
    }

    @Property(tries = 300)
    void aStepsMedianAndNinetiethPercentileAreNeverFurtherOutThanTheBucketsTheyFallBetween(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 500 * 86_400) Integer> times) {
        List<Long> seconds = times.stream().map(Integer::longValue).sorted().toList();

        for (double fraction : new double[] {0.5, 0.9}) {
            double position = fraction * (seconds.size() - 1);
            long below = seconds.get((int) Math.floor(position));
            long above = seconds.get((int) Math.ceil(position));
            assertThat(fromHistogram(seconds, fraction) * DAY)
                    .isBetween((double) bucketStart(below), (double) bucketEnd(above));
        }
    }

    @Property(tries = 1000)
    void aPeriodCountsEachDayInItOnceAndNoDayOutsideIt(@ForAll("periods") Period period) {
        RollupPeriod read = RollupPeriod.of(period.from(), period.to(), period.first(), period.last());

        for (LocalDate day = period.first().atDay(1); !day.isAfter(period.last().atEndOfMonth()); day = day.plusDays(1)) {
            String month = YearMonth.from(day).toString();
            LocalDate on = day;
            long times = read.added().stream().filter(added -> added.equals(month) || added.equals(Cell.EVERY_MONTH)).count()
                    - read.subtracted().stream().filter(month::equals).count()
                    + read.edges().stream().filter(edge -> !on.isBefore(edge.from()) && !on.isAfter(edge.to())).count();
            boolean inPeriod = (period.from() == null || !day.isBefore(period.from()))
                    && (period.to() == null || !day.isAfter(period.to()));
            assertThat(times).as("%s in %s read as %s", day, period, read).isEqualTo(inPeriod ? 1 : 0);
        }
    }

    @Property(tries = 300)
    void anAssessmentsCountsReadBackAsKeptAndTheirDifferenceAddsBackUp(@ForAll("tallies") Tallies before,
            @ForAll("tallies") Tallies now) {
        assertThat(Tallies.read(now.written())).isEqualTo(now);
        assertThat(now.since(before).addAll(before)).isEqualTo(now);
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3 * 365)
                .map(offset -> LocalDate.parse("2024-01-01").plusDays(offset));
        Arbitrary<LocalDate> maybe = Arbitraries.oneOf(days, Arbitraries.just(null));
        Arbitrary<YearMonth> months = Arbitraries.integers().between(0, 40).map(offset -> YearMonth.of(2023, 12).plusMonths(offset));
        return Combinators.combine(maybe, maybe, months, Arbitraries.integers().between(0, 20)).as((a, b, first, length) -> {
            LocalDate from = a != null && b != null && b.isBefore(a) ? b : a;
            LocalDate to = a != null && b != null && b.isBefore(a) ? a : b;
            return new Period(from, to, first, first.plusMonths(length));
        });
    }

    @Provide
    Arbitrary<Tallies> tallies() {
        Arbitrary<Tally> tally = Combinators.combine(Arbitraries.of(Figure.class),
                Arbitraries.of("PUBLISHED", "Quality review", "Q3", "QualityReview", ""),
                Arbitraries.of("", "2026-04", "07")).as(Tally::new);
        return Combinators.combine(tally, Arbitraries.longs().between(-5, 50)).as((t, n) -> Tallies.none().add(t, n))
                .list().ofMaxSize(30).map(list -> {
                    Tallies sum = Tallies.none();
                    list.forEach(sum::addAll);
                    return sum;
                });
    }

    record Period(LocalDate from, LocalDate to, YearMonth first, YearMonth last) {
    }

    private static double fromHistogram(List<Long> seconds, double fraction) {
        long[] runs = new long[StepTimeBuckets.COUNT];
        long[] took = new long[StepTimeBuckets.COUNT];
        seconds.forEach(time -> {
            runs[StepTimeBuckets.of(time)]++;
            took[StepTimeBuckets.of(time)] += time;
        });
        return StepTimeBuckets.percentileDays(runs, took, fraction);
    }

    /** The percentile as {@code percentile_cont} gives it, in days. */
    private static double exact(List<Long> seconds, double fraction) {
        List<Long> sorted = new ArrayList<>(seconds);
        sorted.sort(null);
        double position = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        double lower = sorted.get(below);
        double upper = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return (lower + (position - below) * (upper - lower)) / DAY;
    }

    private static long bucketStart(long seconds) {
        return StepTimeBuckets.start(StepTimeBuckets.of(seconds));
    }

    private static long bucketEnd(long seconds) {
        return StepTimeBuckets.end(StepTimeBuckets.of(seconds));
    }
}
