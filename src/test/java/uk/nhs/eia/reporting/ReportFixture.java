package uk.nhs.eia.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.contract.Step;

/**
 * Eight assessments in a directorate of their own, with steps, actions and quality scores whose figures are worked out
 * by hand in {@link CompletionReportsTest}. Written straight into the tables, inside the test's transaction, then
 * counted into the dashboard's roll-up as the steps that wrote them would have been.
 */
final class ReportFixture {

    static final String DIRECTORATE = "reporting-fixture";
    static final Instant AS_OF = Instant.parse("2026-06-15T12:00:00Z");
    private static final long FIRST_ID = 9_000_000;

    private final JdbcClient jdbc;
    private final Recount recount;
    private long nextSubmission = FIRST_ID;

    ReportFixture(JdbcClient jdbc, Recount recount) {
        this.jdbc = jdbc;
        this.recount = recount;
    }

    void write() {
        jdbc.sql("insert into eia_directorate (code, name) values (?, ?)").params(DIRECTORATE, "Reporting fixture").update();
        // id, type, status, version, current step, created, completed, review date
        assessment(1, "policy", "IN_PROGRESS", 1, "Impact assessment", "2026-01-10", null, null);
        assessment(2, "service-change", "IN_PROGRESS", 1, "Quality review", "2026-02-05", null, null);
        assessment(3, "policy", "PUBLISHED", 1, null, "2026-01-20", "2026-03-02", "2026-07-01");
        assessment(4, "service-change", "PUBLISHED", 1, null, "2026-02-12", "2026-04-10", "2026-06-01");
        assessment(5, "service-change", "SCREENED_OUT", 1, null, "2026-03-03", "2026-03-10", "2026-07-25");
        assessment(6, "service-change", "WITHDRAWN", 1, null, "2026-04-01", null, null);
        assessment(7, "service-change", "REVIEW_DUE", 2, "Review", "2026-01-05", "2026-02-20", "2026-06-10");
        assessment(8, "service-change", "SCREENED_OUT", 1, null, "2026-05-02", "2026-05-06", "2026-09-01");
        plannedDecision(3, "2026-03-12");
        plannedDecision(4, "2026-04-05");
        plannedDecision(5, "2026-03-20");
        jdbc.sql("update eia_assessment set published_at = completed_at where id in (?, ?, ?)").params(id(3), id(4), id(7))
                .update();

        // assessment, step, started, days taken (null while open), outcome, due
        run(3, "ImpactAssessment", "2026-02-01T09:00:00Z", 10, "COMPLETED", null);
        run(4, "ImpactAssessment", "2026-03-01T09:00:00Z", 5, "COMPLETED", null);
        run(7, "ImpactAssessment", "2026-01-20T09:00:00Z", 6, "COMPLETED", null);
        run(1, "ImpactAssessment", "2026-06-10T09:00:00Z", null, null, "2026-06-24T16:00:00Z");
        run(3, "QualityReview", "2026-02-20T09:00:00Z", 2, "COMPLETED", null);
        run(4, "QualityReview", "2026-03-20T09:00:00Z", 1, "RETURNED", null);
        run(4, "QualityReview", "2026-04-01T09:00:00Z", 3, "COMPLETED", null);
        run(7, "QualityReview", "2026-02-05T09:00:00Z", 4, "COMPLETED", null);
        run(2, "QualityReview", "2026-06-01T09:00:00Z", null, null, "2026-06-12T16:00:00Z");
        run(6, "Screening", "2026-04-01T09:00:00Z", 1, "ENDED", null);
        run(7, "Review", "2026-06-01T09:00:00Z", null, null, "2026-06-14T16:00:00Z");
        run(3, "SignOff", "2026-02-25T09:00:00Z", 1, "COMPLETED", null);
        run(4, "SignOff", "2026-04-08T09:00:00Z", 1, "COMPLETED", null);
        run(7, "SignOff", "2026-02-01T09:00:00Z", 1, "COMPLETED", null);

        long plan3 = actionPlan(3, 1);
        action(plan3, 3, 1, "not-started", "2026-06-01");
        action(plan3, 3, 1, "done", "2026-05-01");
        action(plan3, 3, 1, "in-progress", "2036-12-01");
        long oldPlan4 = actionPlan(4, 1);
        action(oldPlan4, 4, 1, "not-started", "2026-01-01");
        long plan4 = actionPlan(4, 1);
        action(plan4, 4, 1, "in-progress", "2026-06-14");
        long plan6 = actionPlan(6, 1);
        action(plan6, 6, 1, "not-started", "2026-01-01");

        score(1, 1, 45, "Q1,Q3,Q13");
        score(2, 1, 85, "Q14");
        score(3, 1, 100, "");
        score(4, 1, 70, "Q3,Q5");
        score(5, 1, 15, "Q1,Q3");
        score(7, 1, 10, "Q1,Q2,Q3");
        score(7, 2, 64, "Q3");
        recount.of(IntStream.rangeClosed(1, 8).mapToObj(ReportFixture::id).toList());
    }

    static long id(int n) {
        return FIRST_ID + n;
    }

    private void assessment(int n, String type, String status, int version, String step, String created,
            String completed, String reviewDate) {
        jdbc.sql("""
                insert into eia_assessment (id, reference, version, title, proposal_type, change_kind, directorate, author,
                    decision_maker, status, current_step, review_date, created_at, updated_at, completed_at, lock_version)
                values (?, ?, ?, ?, ?, 'new', ?, 'author', 'approver', ?, ?, ?, ?, ?, ?, 0)""")
                .params(id(n), "FIX-" + n, version, "Fixture " + n, type, DIRECTORATE, status, step,
                        reviewDate == null ? null : Date.valueOf(reviewDate), noon(created), noon(created),
                        completed == null ? null : noon(completed))
                .update();
    }

    private void plannedDecision(int n, String date) {
        jdbc.sql("update eia_assessment set planned_decision_date = ? where id = ?").params(Date.valueOf(date), id(n)).update();
    }

    private void run(int n, String stepKey, String started, Integer days, String outcome, String due) {
        Instant start = Instant.parse(started);
        jdbc.sql("""
                insert into eia_step_run (assessment_id, assessment_version, step_key, step, started_at, due_at, ended_at,
                    outcome, days_taken) values (?, 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id(n), stepKey, Step.byKey(stepKey).orElseThrow().stepName(), Timestamp.from(start),
                        due == null ? null : Timestamp.from(Instant.parse(due)),
                        days == null ? null : Timestamp.from(start.plusSeconds(days * 86_400L)), outcome, days)
                .update();
    }

    private long actionPlan(int n, int version) {
        long id = ++nextSubmission;
        jdbc.sql("update eia_action set in_current_plan = false where assessment_id = ?").params(id(n)).update();
        jdbc.sql("""
                insert into eia_step_submission (id, assessment_id, assessment_version, step, form_id, form_version, answers,
                    submitted_by, submitted_at) values (?, ?, ?, 'Action plan and outcome', 'action-plan-and-outcome', 1, '{}',
                    'author', ?)""")
                .params(id, id(n), version, Timestamp.from(AS_OF.minusSeconds(86_400L * 30))).update();
        return id;
    }

    private void action(long submission, int n, int version, String status, String due) {
        jdbc.sql("""
                insert into eia_action (submission_id, assessment_id, assessment_version, description, owner, due_date,
                    success_measure, status) values (?, ?, ?, 'An action', 'owner', ?, 'A measure', ?)""")
                .params(submission, id(n), version, Date.valueOf(due), status).update();
    }

    private void score(int n, int version, int score, String failed) {
        jdbc.sql("""
                insert into eia_quality_score (assessment_id, assessment_version, score, failed_checks, computed_at)
                values (?, ?, ?, ?, ?)""")
                .params(id(n), version, score, failed, Timestamp.from(AS_OF)).update();
        for (String check : failed.isEmpty() ? new String[0] : failed.split(",")) {
            jdbc.sql("insert into eia_quality_failure (assessment_id, assessment_version, check_id) values (?, ?, ?)")
                    .params(id(n), version, check).update();
        }
    }

    private static Timestamp noon(String date) {
        return Timestamp.from(LocalDate.parse(date).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    }
}
