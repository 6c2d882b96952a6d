package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.reporting.Summary.Actions;
import uk.nhs.eia.reporting.Summary.Count;
import uk.nhs.eia.reporting.Summary.Reviews;

/**
 * The figures that change with the date as well as with the steps: reviews past and due soon, overdue actions and
 * overdue steps. The roll-up counts reviews, actions and open steps in all and by the month their date falls in;
 * what falls after the next few weeks is read from it, the next few weeks from the register's rows (by their date
 * index), and what is past is the rest.
 */
@Component
@Transactional(readOnly = true)
class DatedCounts {

    private static final int REVIEWS_AHEAD = 90;

    private final JdbcClient jdbc;

    DatedCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reviews, actions and steps as they stand at {@code now}.
     *
     * @param pastReviews assessments past their review date, by status
     * @param pastDue     actions in force past their due date: done and open
     */
    record Dated(Map<String, Long> pastReviews, Reviews reviews, Actions actions, Map<String, Long> pastDue,
            List<Count> overdueSteps) {
    }

    /**
     * @param tallies the roll-up's counts for the selection; of those counted by the month of their date, at least
     *                the months after this one
     */
    Dated of(Selection selection, Tallies tallies, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ENGLAND);
        Map<String, Long> pastReviews = new HashMap<>();
        Reviews reviews = reviews(selection, tallies, today, pastReviews);
        Map<String, Long> pastDue = pastDueActions(selection, tallies, today);
        Actions actions = new Actions(tallies.get(Figure.ACTIONS, AssessmentCounts.OPEN),
                pastDue.getOrDefault(AssessmentCounts.OPEN, 0L));
        return new Dated(pastReviews, reviews, actions, pastDue, overdueSteps(selection, tallies, now, YearMonth.from(today)));
    }

    /** Actions in force past their due date, done and open. */
    private Map<String, Long> pastDueActions(Selection selection, Tallies tallies, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        Map<String, Long> dueLater = later(tallies, Figure.ACTIONS_BY_MONTH, thisMonth);
        jdbc.sql("select x.status, count(*)" + CompletionReports.ACTIONS_IN_FORCE + selection.where()
                        + " and x.due_date >= :today and x.due_date <= :end group by x.status")
                .params(selection.with(Map.of("today", Date.valueOf(today), "end", Date.valueOf(thisMonth.atEndOfMonth()))))
                .query(rs -> {
                    dueLater.merge(Choice.ACTION_DONE.value().equals(rs.getString(1)) ? AssessmentCounts.DONE
                            : AssessmentCounts.OPEN, rs.getLong(2), Long::sum);
                });
        Map<String, Long> pastDue = new HashMap<>();
        tallies.byItem(Figure.ACTIONS).forEach((done, n) -> pastDue.put(done, n - dueLater.getOrDefault(done, 0L)));
        return pastDue;
    }

    private Reviews reviews(Selection selection, Tallies tallies, LocalDate today, Map<String, Long> pastByStatus) {
        LocalDate end = YearMonth.from(today.plusDays(REVIEWS_AHEAD)).atEndOfMonth();
        Map<String, Long> dueLater = later(tallies, Figure.REVIEWS_BY_MONTH, YearMonth.from(end));
        long[] within = new long[3];
        jdbc.sql("select a.status, a.review_date, count(*) from eia_assessment a where " + selection.where()
                        + " and a.status in (:waiting) and a.review_date >= :today and a.review_date <= :end"
                        + " group by a.status, a.review_date")
                .params(selection.with(Map.of("waiting", AssessmentCounts.WAITING_FOR_REVIEW, "today", Date.valueOf(today),
                        "end", Date.valueOf(end))))
                .query(rs -> {
                    long days = rs.getObject(2, LocalDate.class).toEpochDay() - today.toEpochDay();
                    dueLater.merge(rs.getString(1), rs.getLong(3), Long::sum);
                    if (days <= REVIEWS_AHEAD) {
                        within[days <= 30 ? 0 : days <= 60 ? 1 : 2] += rs.getLong(3);
                    }
                });
        tallies.byItem(Figure.REVIEWS).forEach((status, n) -> pastByStatus.put(status, n - dueLater.getOrDefault(status, 0L)));
        return new Reviews(pastByStatus.values().stream().mapToLong(Long::longValue).sum(), within[0], within[1], within[2]);
    }

    private List<Count> overdueSteps(Selection selection, Tallies tallies, Instant now, YearMonth thisMonth) {
        Map<String, Long> dueLater = later(tallies, Figure.OPEN_STEPS_BY_MONTH, thisMonth);
        jdbc.sql("select r.step_key, count(*) from eia_step_run r join eia_assessment a on a.id = r.assessment_id where "
                        + selection.where() + " and r.ended_at is null and r.due_at >= :now and r.due_at < :next"
                        + " group by r.step_key")
                .params(selection.with(Map.of("now", Timestamp.from(now),
                        "next", Timestamp.from(thisMonth.plusMonths(1).atDay(1).atStartOfDay(ENGLAND).toInstant()))))
                .query(rs -> {
                    dueLater.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return tallies.byItem(Figure.OPEN_STEPS).entrySet().stream()
                .map(open -> new Count(open.getKey(), CompletionReports.stepName(open.getKey()),
                        open.getValue() - dueLater.getOrDefault(open.getKey(), 0L)))
                .filter(overdue -> overdue.count() > 0)
                .sorted(Comparator.comparing(overdue -> CompletionReports.processOrder(overdue.key())))
                .toList();
    }

    /** A dated figure's counts by item, of the months after {@code month}. */
    private static Map<String, Long> later(Tallies tallies, Figure figure, YearMonth month) {
        Map<String, Long> later = new HashMap<>();
        tallies.all().forEach((tally, n) -> {
            if (tally.figure() == figure && tally.bucket().compareTo(month.toString()) > 0) {
                later.merge(tally.item(), n, Long::sum);
            }
        });
        return later;
    }
}
