package uk.nhs.eia.reporting;

import java.util.Comparator;

/**
 * One count of the roll-up within a cell: a figure, its item, and its bucket: the month of a date the figure is
 * counted against today by (a review or an action due), the step-time bucket of a step's runs, or "" when it has
 * neither.
 */
record Tally(Figure figure, String item, String bucket) implements Comparable<Tally> {

    static final String NO_BUCKET = "";

    private static final Comparator<Tally> ORDER = Comparator.comparing(Tally::figure).thenComparing(Tally::item)
            .thenComparing(Tally::bucket);

    static Tally of(Figure figure, String item) {
        return new Tally(figure, item, NO_BUCKET);
    }

    @Override
    public int compareTo(Tally other) {
        return ORDER.compare(this, other);
    }
}
