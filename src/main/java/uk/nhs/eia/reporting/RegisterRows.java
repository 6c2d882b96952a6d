package uk.nhs.eia.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.reporting.AssessmentCounts.Action;
import uk.nhs.eia.reporting.AssessmentCounts.Assessment;
import uk.nhs.eia.reporting.AssessmentCounts.Run;

/**
 * Reads the rows {@link AssessmentCounts} counts from, for a few assessments or for all that a selection picks, in
 * four queries whatever their number.
 */
@Component
class RegisterRows {

    private final JdbcClient jdbc;

    RegisterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountedAssessment> counted(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : counted("a.id in (:ids)", Map.of("ids", ids));
    }

    List<CountedAssessment> counted(Selection selection) {
        return counted(selection.where(), selection.params());
    }

    private List<CountedAssessment> counted(String where, Map<String, ?> params) {
        Map<Long, Assessment> assessments = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.directorate, a.proposal_type, a.created_at, a.status, a.current_step, a.completed_at,
                            a.published_at, a.review_date, q.score, case when a.imported and a.version = 1 then 1 else 0 end
                        from eia_assessment a left join eia_quality_score q
                            on q.assessment_id = a.id and q.assessment_version = a.version where\s""" + where)
                .params(params)
                .query((rs, n) -> new Assessment(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), date(rs, 9), integer(rs, 10),
                        rs.getInt(11) == 1))
                .list().forEach(assessment -> assessments.put(assessment.id(), assessment));
        if (assessments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> failed = new HashMap<>();
        jdbc.sql("select f.assessment_id, f.check_id from eia_quality_failure f join eia_assessment a"
                        + " on a.id = f.assessment_id and a.version = f.assessment_version where " + where)
                .params(params)
                .query(rs -> {
                    failed.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Run>> runs = new HashMap<>();
        jdbc.sql("select r.assessment_id, r.assessment_version, r.step_key, r.outcome, r.ended_at, r.due_at, r.days_taken"
                        + " from eia_step_run r join eia_assessment a on a.id = r.assessment_id where " + where)
                .params(params)
                .query(rs -> {
                    runs.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Run(rs.getInt(2), rs.getString(3),
                            rs.getString(4), instant(rs, 5), instant(rs, 6), number(rs, 7)));
                });
        Map<Long, List<Action>> actions = new HashMap<>();
        jdbc.sql("select x.assessment_id, x.status, x.due_date" + CompletionReports.ACTIONS_IN_FORCE + where)
                .params(params)
                .query(rs -> {
                    actions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Action(
                            Choice.ACTION_DONE.value().equals(rs.getString(2)), date(rs, 3)));
                });
        return assessments.values().stream().map(assessment -> AssessmentCounts.of(assessment,
                failed.getOrDefault(assessment.id(), List.of()), runs.getOrDefault(assessment.id(), List.of()),
                actions.getOrDefault(assessment.id(), List.of()))).toList();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A number as read, whatever its SQL type ({@code days_taken} is a {@code real}). */
    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
