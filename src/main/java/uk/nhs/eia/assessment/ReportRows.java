package uk.nhs.eia.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;

/**
 * Writes the typed rows that reports aggregate in SQL: one per rated group from an impact assessment, one per
 * action from an action plan. They are copies of an accepted submission and, like it, are only ever added.
 */
@Component
class ReportRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void writeFrom(StepSubmission submission) {
        if (Step.IMPACT_ASSESSMENT.formId().equals(submission.getFormId())) {
            impacts(submission);
        } else if (Step.ACTION_PLAN_AND_OUTCOME.formId().equals(submission.getFormId())) {
            actions(submission);
        }
    }

    private void impacts(StepSubmission submission) {
        jdbc.sql("update eia_impact set current_answer = false where assessment_id = ? and assessment_version = ?")
                .params(submission.getAssessmentId(), submission.getAssessmentVersion()).update();
        Map<String, Object> answers = submission.getAnswers();
        List<Object[]> rows = new ArrayList<>();
        for (ImpactGroup group : ImpactGroup.values()) {
            Object impact = answers.get(group.impact());
            if (impact != null) {
                rows.add(new Object[] {submission.getId(), submission.getAssessmentId(), submission.getAssessmentVersion(),
                        group.kind().name(), group.key(), impact, text(answers.get(group.rationale())),
                        text(answers.get(group.evidence())), Timestamp.from(submission.getSubmittedAt())});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        // One round trip for the twenty groups.
        batch.batchUpdate("""
                insert into eia_impact (submission_id, assessment_id, assessment_version, group_kind, group_key,
                    impact, rationale, evidence, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void actions(StepSubmission submission) {
        jdbc.sql("update eia_action set in_current_plan = false where assessment_id = ? and assessment_version = ?")
                .params(submission.getAssessmentId(), submission.getAssessmentVersion()).update();
        if (!(submission.getAnswers().get(Question.ACTIONS.key()) instanceof List<?> rows)) {
            return;
        }
        for (Object row : rows) {
            Map<?, ?> action = (Map<?, ?>) row;
            jdbc.sql("""
                    insert into eia_action (submission_id, assessment_id, assessment_version, description, owner, due_date,
                        success_measure, status) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(submission.getId(), submission.getAssessmentId(), submission.getAssessmentVersion(),
                            text(action.get(Question.ACTION.key())), text(action.get(Question.ACTION_OWNER.key())),
                            Date.valueOf(LocalDate.parse(text(action.get(Question.ACTION_DUE_DATE.key())))),
                            text(action.get(Question.ACTION_SUCCESS_MEASURE.key())),
                            text(action.get(Question.ACTION_STATUS.key())))
                    .update();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
