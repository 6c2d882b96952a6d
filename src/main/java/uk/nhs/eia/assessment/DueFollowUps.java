package uk.nhs.eia.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Choice;

/**
 * What needs following up by a date: actions not yet done in the plans assessments stand on, and assessments
 * whose review date is near or past while nothing is reviewing them yet.
 */
@Service
@Transactional(readOnly = true)
public class DueFollowUps {

    private final JdbcClient jdbc;

    DueFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Actions not done, due on or before {@code until}, of assessments neither withdrawn nor rejected. */
    public List<DueAction> actionsDueBy(LocalDate until) {
        return jdbc.sql("""
                        select x.id, a.id, a.reference, a.author, x.owner, x.description, x.due_date
                        from eia_action x join eia_assessment a on a.id = x.assessment_id and a.version = x.assessment_version
                        where x.in_current_plan = true and x.status <> ? and x.due_date <= ?
                          and a.status not in ('WITHDRAWN', 'REJECTED')
                        order by x.due_date, x.id""")
                .params(Choice.ACTION_DONE.value(), Date.valueOf(until))
                .query((rs, n) -> new DueAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate()))
                .list();
    }

    /** Published and screened-out assessments whose review date is on or before {@code until}. */
    public List<DueReview> reviewsDueBy(LocalDate until) {
        return jdbc.sql("""
                        select a.id, a.reference, a.title, a.author, a.status, a.review_date from eia_assessment a
                        where a.status in ('PUBLISHED', 'SCREENED_OUT') and a.review_date <= ?
                        order by a.review_date, a.id""")
                .param(Date.valueOf(until))
                .query((rs, n) -> new DueReview(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AssessmentStatus.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate()))
                .list();
    }

    /** An action to follow up; {@code owner} is as the author wrote it, a name or a username. */
    public record DueAction(long actionId, Long assessmentId, String reference, String author, String owner,
            String description, LocalDate dueDate) {
    }

    public record DueReview(Long assessmentId, String reference, String title, String author, AssessmentStatus status,
            LocalDate reviewDate) {
    }
}
