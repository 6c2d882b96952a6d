package uk.nhs.eia.reporting;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts by {@link Tally}, for one assessment or added up over many. Counts add and subtract, so the difference
 * between what an assessment counted before and after a change is what the roll-up must add. Zero counts are left
 * out, so two tallies of the same counts are equal.
 */
final class Tallies {

    private static final String FIELD = "\t";
    private static final String LINE = "\n";

    private final SortedMap<Tally, Long> counts = new TreeMap<>();

    static Tallies none() {
        return new Tallies();
    }

    Tallies add(Tally tally, long n) {
        counts.merge(tally, n, Long::sum);
        counts.remove(tally, 0L);
        return this;
    }

    Tallies add(Figure figure, String item, long n) {
        return add(Tally.of(figure, item), n);
    }

    Tallies addAll(Tallies other) {
        other.counts.forEach(this::add);
        return this;
    }

    Tallies subtractAll(Tallies other) {
        other.counts.forEach((tally, n) -> add(tally, -n));
        return this;
    }

    /** These counts less {@code before}'s, as a new tally. */
    Tallies since(Tallies before) {
        return new Tallies().addAll(this).subtractAll(before);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    long get(Tally tally) {
        return counts.getOrDefault(tally, 0L);
    }

    long get(Figure figure, String item) {
        return get(Tally.of(figure, item));
    }

    /** Every count, in the order of their tallies. */
    SortedMap<Tally, Long> all() {
        return Collections.unmodifiableSortedMap(counts);
    }

    /** A figure's counts by item, whatever their bucket, in item order. */
    Map<String, Long> byItem(Figure figure) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().figure() == figure)
                .collect(Collectors.groupingBy(entry -> entry.getKey().item(), LinkedHashMap::new,
                        Collectors.summingLong(Map.Entry::getValue)));
    }

    long total(Figure figure) {
        return counts.entrySet().stream().filter(entry -> entry.getKey().figure() == figure)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** As {@code eia_report_counted.tallies} keeps them: a line per count, its fields separated by tabs. */
    String written() {
        return counts.entrySet().stream().map(entry -> {
            Tally tally = entry.getKey();
            if ((tally.item() + tally.bucket()).matches("(?s).*[\t\n].*")) {
                throw new IllegalStateException("A tally's item cannot hold a tab or a new line: " + tally);
            }
            return String.join(FIELD, tally.figure().name(), tally.item(), tally.bucket(), entry.getValue().toString());
        }).collect(Collectors.joining(LINE));
    }

    static Tallies read(String written) {
        return sumOf(List.of(written));
    }

    /**
     * What many assessments' {@link #written()} tallies add up to. Each line is added by its text, and read into a
     * tally only once per distinct line, because a report may add up thousands.
     */
    static Tallies sumOf(Collection<String> written) {
        Map<String, Long> byLine = new HashMap<>();
        for (String text : written) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            for (String line : text.split(LINE)) {
                int count = line.lastIndexOf(FIELD);
                byLine.merge(line.substring(0, count), Long.parseLong(line.substring(count + 1)), Long::sum);
            }
        }
        Tallies tallies = new Tallies();
        byLine.forEach((line, n) -> {
            String[] fields = line.split(FIELD, -1);
            tallies.add(new Tally(Figure.valueOf(fields[0]), fields[1], fields[2]), n);
        });
        return tallies;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tallies tallies && counts.equals(tallies.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
