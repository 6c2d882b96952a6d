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
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.contract.Step;

/**
 * A register made up at random for the roll-up's tests, in three directorates of its own, three types of proposal and
 * fifteen months, written straight into the tables. Each assessment moves as its steps would move it: steps
 * completed or handed back, screened out, rejected, published, withdrawn, reviewed, reassessed as a new version,
 * rescored at every step and given new action plans; one in eight is imported from earlier records, published and
 * awaiting its review, and moves on from there. Every step takes a whole number of days, alone in its
 * step-time bucket, so medians read from the roll-up's histograms equal those worked out from the rows.
 */
final class GeneratedRegister {

    static final List<String> DIRECTORATES = List.of("generated-a", "generated-b", "generated-c");
    static final List<String> TYPES = List.of("policy", "strategy", "service-change");
    /** When the figures are read: mid-month, so this month's dates fall both sides of today. */
    static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");

    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-09-01");
    private static final int DAYS_OF_STARTS = 440;
    private static final long FIRST_ID = 8_100_000;
    private static final int[] STEP_DAYS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 30, 60, 100};
    private static final List<Step> FULL = List.of(Step.SCREENING, Step.EVIDENCE_AND_ENGAGEMENT, Step.IMPACT_ASSESSMENT,
            Step.ACTION_PLAN_AND_OUTCOME, Step.QUALITY_REVIEW, Step.SIGN_OFF);
    private static final List<String> CHECKS = List.of("Q1", "Q2", "Q3", "Q5", "Q6", "Q13", "Q14");
    private static final List<String> ACTION_STATUSES = List.of("done", "in-progress", "not-started");

    private final JdbcClient jdbc;
    private final Random random;
    private final List<Generated> assessments = new ArrayList<>();
    private long nextSubmission = FIRST_ID;

    GeneratedRegister(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Makes {@code count} assessments, each moved on a few steps; returns their ids. */
    Set<Long> generate(int count) {
        DIRECTORATES.forEach(code -> jdbc.sql("insert into eia_directorate (code, name) values (?, ?)").params(code, code)
                .update());
        Set<Long> ids = new TreeSet<>();
        for (int n = 0; n < count; n++) {
            Generated assessment = new Generated(FIRST_ID + n);
            assessments.add(assessment);
            for (int moves = random.nextInt(12); moves > 0; moves--) {
                assessment.move();
            }
            ids.add(assessment.id);
        }
        return ids;
    }

    /** Moves {@code count} assessments picked at random one step on each; returns those that changed. */
    Set<Long> moveSome(int count) {
        Set<Long> changed = new TreeSet<>();
        for (int n = 0; n < count; n++) {
            Generated assessment = assessments.get(random.nextInt(assessments.size()));
            if (assessment.move()) {
                changed.add(assessment.id);
            }
        }
        return changed;
    }

    /** One assessment, as far as it has got. */
    private final class Generated {

        private final long id;
        private int version = 1;
        private String status = "IN_PROGRESS";
        private Step step;
        private Instant at;

        Generated(long id) {
            this.id = id;
            this.at = FIRST_DAY.plusDays(random.nextInt(DAYS_OF_STARTS)).atTime(12, 0).toInstant(ZoneOffset.UTC);
            jdbc.sql("""
                    insert into eia_assessment (id, reference, version, title, proposal_type, change_kind, directorate,
                        author, decision_maker, planned_decision_date, status, created_at, updated_at, lock_version)
                    values (?, ?, 1, ?, ?, 'new', ?, 'author', 'approver', ?, 'IN_PROGRESS', ?, ?, 0)""")
                    .params(id, "GEN-" + id, "Generated " + id, pick(TYPES), pick(DIRECTORATES),
                            Date.valueOf(day(at).plusDays(30 + random.nextInt(200))), ts(at), ts(at))
                    .update();
            if (random.nextInt(8) == 0) {
                imported();
            } else {
                open(Step.SCREENING);
            }
        }

        /** Imported from the earlier records: decided and published on the day it was "created", awaiting review. */
        private void imported() {
            status("PUBLISHED", null);
            jdbc.sql("update eia_assessment set imported = true, completed_at = ?, published_at = ? where id = ?")
                    .params(ts(at), ts(at), id).update();
            reviewDate();
        }

        /** Moves the assessment on as its next step would; false when it has nowhere to go. */
        boolean move() {
            return switch (status) {
                case "IN_PROGRESS" -> {
                    if (random.nextInt(15) == 0) {
                        withdraw();
                    } else {
                        finishStep();
                    }
                    yield true;
                }
                case "PUBLISHED" -> {
                    status("REVIEW_DUE", Step.REVIEW);
                    open(Step.REVIEW);
                    yield true;
                }
                case "REVIEW_DUE" -> {
                    finishReview();
                    yield true;
                }
                default -> false;
            };
        }

        private void finishStep() {
            boolean returned = (step == Step.QUALITY_REVIEW || step == Step.SIGN_OFF) && random.nextInt(4) == 0;
            Step finished = step;
            end(returned ? "RETURNED" : "COMPLETED");
            score();
            if (finished == Step.ACTION_PLAN_AND_OUTCOME) {
                actionPlan();
            }
            if (returned) {
                open(finished == Step.QUALITY_REVIEW ? Step.ACTION_PLAN_AND_OUTCOME : Step.QUALITY_REVIEW);
            } else if (finished == Step.SCREENING && random.nextInt(4) == 0) {
                open(Step.CONFIRM_SCREENING_OUT);
            } else if (finished == Step.CONFIRM_SCREENING_OUT) {
                close("SCREENED_OUT");
            } else if (finished == Step.SIGN_OFF) {
                if (random.nextInt(8) == 0) {
                    close("REJECTED");
                } else {
                    publish();
                }
            } else if (finished == Step.ACTION_PLAN_AND_OUTCOME && random.nextInt(10) == 0) {
                // Straight to sign-off now and then, as a version signed off without an accepted review would be.
                open(Step.SIGN_OFF);
            } else {
                open(FULL.get(FULL.indexOf(finished) + 1));
            }
        }

        private void finishReview() {
            end("COMPLETED");
            if (random.nextBoolean()) {
                status("PUBLISHED", null);
                reviewDate();
            } else {
                version++;
                jdbc.sql("update eia_assessment set version = ? where id = ?").params(version, id).update();
                status("IN_PROGRESS", Step.SCREENING);
                open(Step.SCREENING);
            }
        }

        private void withdraw() {
            end("ENDED");
            status("WITHDRAWN", null);
        }

        private void close(String outcome) {
            status(outcome, null);
            jdbc.sql("update eia_assessment set completed_at = ? where id = ?").params(ts(at), id).update();
            if (outcome.equals("SCREENED_OUT")) {
                reviewDate();
            }
        }

        private void publish() {
            status("PUBLISHED", null);
            jdbc.sql("update eia_assessment set completed_at = ?, published_at = ? where id = ?").params(ts(at), ts(at), id)
                    .update();
            reviewDate();
        }

        /** Review dates fall around the day the figures are read: long past, this month and the months ahead. */
        private void reviewDate() {
            jdbc.sql("update eia_assessment set review_date = ? where id = ?")
                    .params(Date.valueOf(day(NOW).plusDays(random.nextInt(320) - 120)), id).update();
        }

        private void status(String status, Step step) {
            this.status = status;
            jdbc.sql("update eia_assessment set status = ?, current_step = ?, updated_at = ? where id = ?")
                    .params(status, step == null ? null : step.stepName(), ts(at), id).update();
        }

        /** Opens a step, due in a fortnight: some are overdue by the day the figures are read, some not yet. */
        private void open(Step next) {
            step = next;
            jdbc.sql("update eia_assessment set current_step = ? where id = ?").params(next.stepName(), id).update();
            jdbc.sql("""
                    insert into eia_step_run (assessment_id, assessment_version, step_key, step, started_at, due_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, version, next.key(), next.stepName(), ts(at), ts(at.plus(Duration.ofDays(14)))).update();
        }

        private void end(String outcome) {
            int days = STEP_DAYS[random.nextInt(STEP_DAYS.length)];
            at = at.plus(Duration.ofDays(days));
            jdbc.sql("""
                    update eia_step_run set ended_at = ?, outcome = ?, days_taken = ?
                    where assessment_id = ? and ended_at is null""")
                    .params(ts(at), outcome, days, id).update();
            step = null;
        }

        /** As each accepted step does, the current version's score and the checks it fails, kept again. */
        private void score() {
            List<String> failed = CHECKS.stream().filter(check -> random.nextInt(3) == 0).toList();
            jdbc.sql("delete from eia_quality_failure where assessment_id = ? and assessment_version = ?")
                    .params(id, version).update();
            jdbc.sql("delete from eia_quality_score where assessment_id = ? and assessment_version = ?")
                    .params(id, version).update();
            jdbc.sql("""
                    insert into eia_quality_score (assessment_id, assessment_version, score, failed_checks, computed_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, version, random.nextInt(101), String.join(",", failed), ts(at)).update();
            failed.forEach(check -> jdbc.sql(
                            "insert into eia_quality_failure (assessment_id, assessment_version, check_id) values (?, ?, ?)")
                    .params(id, version, check).update());
        }

        /** A new plan replaces the version's last one; its actions fall due around the day the figures are read. */
        private void actionPlan() {
            long submission = ++nextSubmission;
            jdbc.sql("update eia_action set in_current_plan = false where assessment_id = ? and assessment_version = ?")
                    .params(id, version).update();
            jdbc.sql("""
                    insert into eia_step_submission (id, assessment_id, assessment_version, step, form_id, form_version,
                        answers, submitted_by, submitted_at) values (?, ?, ?, ?, ?, 1, '{}', 'author', ?)""")
                    .params(submission, id, version, Step.ACTION_PLAN_AND_OUTCOME.stepName(),
                            Step.ACTION_PLAN_AND_OUTCOME.formId(), ts(at)).update();
            for (int n = random.nextInt(4); n > 0; n--) {
                jdbc.sql("""
                        insert into eia_action (submission_id, assessment_id, assessment_version, description, owner,
                            due_date, success_measure, status) values (?, ?, ?, 'An action', 'owner', ?, 'A measure', ?)""")
                        .params(submission, id, version, Date.valueOf(day(NOW).plusDays(random.nextInt(400) - 150)),
                                pick(ACTION_STATUSES)).update();
            }
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
