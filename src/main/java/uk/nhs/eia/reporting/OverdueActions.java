package uk.nhs.eia.reporting;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Choice;

/** The actions past their due date and not done, in the plans assessments stand on now, longest overdue first. */
@Service
@Transactional(readOnly = true)
public class OverdueActions {

    public static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<OverdueAction> of(ReportScope scope, ReportFilter filter) {
        Selection selection = Selection.of(scope, filter);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        return jdbc.sql("select a.id, a.reference, a.title, a.directorate, x.description, x.owner, x.status, x.due_date"
                        + CompletionReports.ACTIONS_IN_FORCE + selection.where()
                        + " and x.status <> :done and x.due_date < :today"
                        + " order by x.due_date, x.id fetch first " + MAX_LISTED + " rows only")
                .params(selection.with(Map.of("today", Date.valueOf(today), "done", Choice.ACTION_DONE.value())))
                .query((rs, n) -> {
                    LocalDate due = rs.getDate(8).toLocalDate();
                    return new OverdueAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), due, ChronoUnit.DAYS.between(due, today));
                })
                .list();
    }

    /** An overdue action and the assessment whose plan it is in. */
    public record OverdueAction(Long assessmentId, String reference, String title, String directorate,
            String description, String owner, String status, LocalDate dueDate, long daysOverdue) {
    }
}
