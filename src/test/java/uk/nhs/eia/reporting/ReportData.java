package uk.nhs.eia.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.eia.contract.ImpactGroup;

/**
 * Makes a register of many assessments for the reporting benchmarks, written straight into the tables reports read,
 * with a spread like an organisation's: started over three years, more in the large directorates, the older ones
 * mostly finished, step times with a long tail, some returns, overdue steps and actions, and quality scores
 * around 70. The same seed makes the same register.
 */
public final class ReportData {

    static final long FIRST_ID = 1_000_000;
    /** Impact assessment submissions are numbered apart from the action plans', which share their assessment's id. */
    private static final long IMPACT_SUBMISSIONS = 500_000_000;
    private static final String[] DIRECTORATES = {"operations", "operations", "operations", "nursing-quality",
            "nursing-quality", "digital", "digital", "workforce", "finance", "corporate-affairs"};
    private static final String[] TYPES = {"policy", "policy", "procedure", "strategy", "service-change",
            "service-change", "service-change", "project", "business-case", "budget-savings", "procurement", "digital-ai"};
    private static final String[] SUBJECTS = {"community clinic", "outpatient booking", "discharge policy",
            "staff rota", "patient transport", "digital front door", "interpreting service", "estates budget",
            "mental health crisis line", "maternity pathway", "pharmacy opening hours", "recruitment policy"};
    private static final String[][] FULL_STEPS = {{"Screening", "Screening"},
            {"EvidenceAndEngagement", "Evidence and engagement"}, {"ImpactAssessment", "Impact assessment"},
            {"ActionPlanAndOutcome", "Action plan and outcome"}, {"QualityReview", "Quality review"},
            {"SignOff", "Sign-off"}};
    private static final String[] CHECKS = {"Q3", "Q5", "Q2", "Q14", "Q6", "Q4", "Q15", "Q9", "Q13", "Q1", "Q16", "Q10",
            "Q11", "Q7"};

    private final JdbcTemplate jdbc;
    private final Instant now;
    private final List<Object[]> assessments = new ArrayList<>();
    private final List<Object[]> runs = new ArrayList<>();
    private final List<Object[]> submissions = new ArrayList<>();
    private final List<Object[]> impactSubmissions = new ArrayList<>();
    private final List<Object[]> impacts = new ArrayList<>();
    private final List<Object[]> actions = new ArrayList<>();
    private final List<Object[]> scores = new ArrayList<>();
    private final List<Object[]> failures = new ArrayList<>();

    public ReportData(JdbcTemplate jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    /** Writes {@code count} assessments, committing every thousand. */
    public void generate(int count) {
        for (int n = 0; n < count; n++) {
            assessment(FIRST_ID + n, new Random(n));
            if (assessments.size() == 1000 || n == count - 1) {
                flush();
            }
        }
    }

    /**
     * Writes {@code count} assessments imported from earlier records after the generated ones, decided over the last
     * three years, each finding three groups affected.
     */
    public void generateImported(int generated, int count) {
        List<Object[]> records = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        ImpactGroup[] all = ImpactGroup.values();
        for (int n = 0; n < count; n++) {
            Random random = new Random(-n - 1);
            long id = FIRST_ID + generated + n;
            Instant decided = now.minus(Duration.ofDays(random.nextInt(3 * 365)));
            records.add(new Object[] {id, "OLD-" + id, "Earlier change to the " + pick(SUBJECTS, random) + " " + id,
                    pick(TYPES, random), pick(DIRECTORATES, random), Date.valueOf(day(decided)),
                    Date.valueOf(day(decided).plusYears(3)), ts(decided), ts(now), ts(decided), ts(decided)});
            int first = random.nextInt(all.length);
            for (int g = 0; g < 3; g++) {
                groups.add(new Object[] {id, all[(first + g * 7) % all.length].key(), ts(decided)});
            }
        }
        jdbc.batchUpdate("""
                insert into eia_assessment (id, reference, version, title, proposal_type, directorate, author,
                    decision_maker, planned_decision_date, status, review_date, created_at, updated_at, completed_at,
                    published_at, full_assessment_required, outcome, imported, lock_version)
                values (?, ?, 1, ?, ?, ?, 'author1', 'approver', ?, 'PUBLISHED', ?, ?, ?, ?, ?, true,
                    'adjust', true, 0)""", records);
        jdbc.batchUpdate("insert into eia_imported_group (assessment_id, group_key, assessed_at) values (?, ?, ?)", groups);
    }

    private void assessment(long id, Random random) {
        Instant created = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 3 * 365 * 24 * 60)));
        long ageDays = Duration.between(created, now).toDays();
        String directorate = pick(DIRECTORATES, random);
        String type = pick(TYPES, random);
        String status = status(ageDays, random);
        boolean screenedOut = status.equals("SCREENED_OUT");
        int stepsReached = switch (status) {
            case "IN_PROGRESS" -> random.nextInt(FULL_STEPS.length);
            case "WITHDRAWN" -> random.nextInt(4);
            default -> FULL_STEPS.length;
        };
        Instant at = created;
        String currentStep = null;
        if (screenedOut) {
            at = run(id, "Screening", "Screening", at, 4, random, "COMPLETED");
            at = run(id, "ConfirmScreeningOut", "Confirm screening-out", at, 3, random, "COMPLETED");
        } else {
            for (int step = 0; step < stepsReached; step++) {
                at = run(id, FULL_STEPS[step][0], FULL_STEPS[step][1], at, step == 5 ? 2 : 4, random, "COMPLETED");
                if (step == 4 && random.nextInt(5) == 0) {
                    at = run(id, "QualityReview", "Quality review", at, 2, random, "RETURNED");
                    at = run(id, "ActionPlanAndOutcome", "Action plan and outcome", at, 3, random, "COMPLETED");
                    at = run(id, "QualityReview", "Quality review", at, 2, random, "COMPLETED");
                }
                if (step == 2) {
                    impacts(id, at, random);
                }
                if (step == 3) {
                    actionPlan(id, at, random);
                }
            }
            if (status.equals("IN_PROGRESS") || status.equals("WITHDRAWN")) {
                currentStep = status.equals("IN_PROGRESS") ? FULL_STEPS[stepsReached][1] : null;
                openRun(id, FULL_STEPS[stepsReached][0], FULL_STEPS[stepsReached][1], at, status.equals("WITHDRAWN"));
            }
        }
        boolean finished = !status.equals("IN_PROGRESS") && !status.equals("WITHDRAWN");
        Instant completed = finished ? at : null;
        LocalDate reviewDate = finished ? day(at).plusDays(300 + random.nextInt(130)) : null;
        if (status.equals("REVIEW_DUE")) {
            currentStep = "Review";
        }
        String title = "Change to the " + pick(SUBJECTS, random) + " " + id;
        assessments.add(new Object[] {id, "GEN-" + id, 1, title, type, "new", directorate, "author" + (1 + random.nextInt(40)),
                "approver", Date.valueOf(day(created).plusDays(60 + random.nextInt(120))), status, currentStep,
                reviewDate == null ? null : Date.valueOf(reviewDate), ts(created), ts(at), ts(completed),
                status.equals("PUBLISHED") || status.equals("REVIEW_DUE") ? ts(completed) : null});
        if (stepsReached > 0 || screenedOut) {
            score(id, random);
        }
    }

    private String status(long ageDays, Random random) {
        int roll = random.nextInt(100);
        if (ageDays < 60) {
            return roll < 80 ? "IN_PROGRESS" : roll < 85 ? "WITHDRAWN" : "SCREENED_OUT";
        }
        return roll < 55 ? "PUBLISHED" : roll < 75 ? "SCREENED_OUT" : roll < 82 ? "WITHDRAWN" : roll < 85 ? "REJECTED"
                : roll < 90 ? "REVIEW_DUE" : "IN_PROGRESS";
    }

    /** A finished run of a step taking a long-tailed number of days around {@code meanDays}; returns when it ended. */
    private Instant run(long id, String key, String name, Instant start, double meanDays, Random random, String outcome) {
        Instant end = start.plus(Duration.ofMinutes((long) (-Math.log(1 - random.nextDouble()) * meanDays * 24 * 60)));
        Instant ended = end.isAfter(now) ? now : end;
        runs.add(new Object[] {id, key, name, ts(start), ts(start.plus(Duration.ofDays(14))), ts(ended), outcome,
                Duration.between(start, ended).toSeconds() / 86_400.0});
        return ended;
    }

    private void openRun(long id, String key, String name, Instant start, boolean ended) {
        runs.add(new Object[] {id, key, name, ts(start), ts(start.plus(Duration.ofDays(14))), ended ? ts(now) : null,
                ended ? "ENDED" : null, ended ? Duration.between(start, now).toSeconds() / 86_400.0 : null});
    }

    private void actionPlan(long id, Instant at, Random random) {
        long submission = id;
        submissions.add(new Object[] {submission, id, ts(at)});
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            LocalDate due = day(at).plusDays(30 + random.nextInt(370));
            String status = random.nextInt(10) < 4 ? "done" : random.nextBoolean() ? "in-progress" : "not-started";
            actions.add(new Object[] {submission, id, Date.valueOf(due), status});
        }
    }

    /**
     * The twenty groups' ratings: about one in eight negative and one in sixteen not known, more often for age and
     * disability, as proposals in a trust tend to fall.
     */
    private void impacts(long id, Instant at, Random unused) {
        Random random = new Random(id * 31 + 7);
        long submission = IMPACT_SUBMISSIONS + id;
        impactSubmissions.add(new Object[] {submission, id, ts(at)});
        for (ImpactGroup group : ImpactGroup.values()) {
            int roll = random.nextInt(100) - (group == ImpactGroup.AGE || group == ImpactGroup.DISABILITY ? 10 : 0);
            String impact = roll < 12 ? "negative" : roll < 18 ? "not-known" : roll < 33 ? "positive" : "neutral";
            impacts.add(new Object[] {submission, id, group.kind().name(), group.key(), impact, ts(at)});
        }
    }

    private void score(long id, Random random) {
        int score = (int) Math.max(0, Math.min(100, Math.round(72 + random.nextGaussian() * 15)));
        int failing = (100 - score) / 9;
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < failing; i++) {
            String check = CHECKS[Math.min(CHECKS.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 3))];
            if (!failed.contains(check)) {
                failed.add(check);
            }
        }
        scores.add(new Object[] {id, score, String.join(",", failed), ts(now)});
        failed.forEach(check -> failures.add(new Object[] {id, check}));
    }

    private void flush() {
        jdbc.batchUpdate("""
                insert into eia_assessment (id, reference, version, title, proposal_type, change_kind, directorate, author,
                    decision_maker, planned_decision_date, status, current_step, review_date, created_at, updated_at,
                    completed_at, published_at, lock_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                assessments);
        jdbc.batchUpdate("""
                insert into eia_step_run (assessment_id, assessment_version, step_key, step, started_at, due_at, ended_at,
                    outcome, days_taken) values (?, 1, ?, ?, ?, ?, ?, ?, ?)""", runs);
        jdbc.batchUpdate("""
                insert into eia_step_submission (id, assessment_id, assessment_version, step, form_id, form_version, answers,
                    submitted_by, submitted_at) values (?, ?, 1, 'Action plan and outcome', 'action-plan-and-outcome', 1,
                    '{}', 'author', ?)""", submissions);
        jdbc.batchUpdate("""
                insert into eia_step_submission (id, assessment_id, assessment_version, step, form_id, form_version, answers,
                    submitted_by, submitted_at) values (?, ?, 1, 'Impact assessment', 'impact-assessment', 1, '{}', 'author', ?)""",
                impactSubmissions);
        jdbc.batchUpdate("""
                insert into eia_impact (submission_id, assessment_id, assessment_version, group_kind, group_key, impact,
                    rationale, evidence, assessed_at) values (?, ?, 1, ?, ?, ?, 'A rationale', 'Some evidence', ?)""", impacts);
        jdbc.batchUpdate("""
                insert into eia_action (submission_id, assessment_id, assessment_version, description, owner, due_date,
                    success_measure, status) values (?, ?, 1, 'An action', 'Service manager', ?, 'A measure', ?)""", actions);
        jdbc.batchUpdate("""
                insert into eia_quality_score (assessment_id, assessment_version, score, failed_checks, computed_at)
                values (?, 1, ?, ?, ?)""", scores);
        jdbc.batchUpdate("insert into eia_quality_failure (assessment_id, assessment_version, check_id) values (?, 1, ?)",
                failures);
        assessments.clear();
        runs.clear();
        submissions.clear();
        impactSubmissions.clear();
        impacts.clear();
        actions.clear();
        scores.clear();
        failures.clear();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
