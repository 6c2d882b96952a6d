package uk.nhs.eia.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.mentoring.CohortReport.Count;
import uk.nhs.eia.mentoring.CohortReport.Moment;
import uk.nhs.eia.mentoring.CohortReport.SessionAttendance;
import uk.nhs.eia.refusal.NotFound;

/**
 * The report of a cohort written straight into the tables, inside the test's transaction, whose figures were worked
 * out by hand: the working is in {@link Fixture} and beside each assertion.
 */
@EiaSpringBootTest
@Transactional
class CohortReportTest {

    @Autowired
    CohortReports reports;
    @Autowired
    JdbcClient jdbc;

    Fixture fixture;

    @BeforeEach
    void writeFixture() {
        fixture = Fixture.write(jdbc);
    }

    @Test
    void participationCountsEveryoneWhoAppliedBySideAndDirectorateWithWhoLeftAndWhy() {
        CohortReport.Participation participation = reports.reportOf(fixture.cohort).participation();

        assertThat(participation.places()).isEqualTo(8);
        // ada, bea, cat, dan as reverse mentors; leo, max, ned, oli as senior leaders; zed is in another cohort
        assertThat(participation.applications()).isEqualTo(8);
        assertThat(participation.reverseMentors()).isEqualTo(4);
        assertThat(participation.seniorLeaders()).isEqualTo(4);
        // digital: ada, cat, max; operations: leo, oli; then one each, by name
        assertThat(participation.byDirectorate()).extracting(Count::value, Count::label, Count::count).containsExactly(
                tuple("digital", "Digital", 3), tuple("operations", "Operations", 2), tuple("finance", "Finance", 1),
                tuple("nursing-quality", "Nursing and quality", 1), tuple("workforce", "Workforce", 1));
        // in a confirmed pair now: ada, leo, bea, oli, cat, ned; and max, who left his; dan left before pairing
        assertThat(participation.paired()).isEqualTo(7);
        assertThat(participation.left()).isEqualTo(3);
        assertThat(participation.leftReasons()).extracting(Count::label, Count::count)
                .containsExactly(tuple("Workload", 2), tuple("Left the trust", 1));
    }

    @Test
    void pairsAreCountedByWhereTheyAreWithEachReplacedPartner() {
        CohortReport.PairCounts pairs = reports.reportOf(fixture.cohort).pairs();

        // ada-leo finished; bea-oli (oli in max's place) running; cat-ned closed when cat left
        assertThat(pairs.proposed()).isZero();
        assertThat(pairs.running()).isEqualTo(1);
        assertThat(pairs.finished()).isEqualTo(1);
        assertThat(pairs.closedEarly()).isEqualTo(1);
        assertThat(pairs.confirmed()).isEqualTo(3);
        assertThat(pairs.partnersReplaced()).isEqualTo(1);
    }

    @Test
    void meetingsAreCountedWithTheirMinutesAndThePairsThatMet() {
        CohortReport.Meetings meetings = reports.reportOf(fixture.cohort).meetings();

        // ada-leo: 60 + 45 + 90; bea-oli: 30; cat-ned never met; zed's pair in the other cohort is not counted
        assertThat(meetings.held()).isEqualTo(4);
        assertThat(meetings.totalMinutes()).isEqualTo(225);
        assertThat(meetings.averageMinutes()).isEqualByComparingTo("56.3"); // 56.25, rounded half up
        assertThat(meetings.pairsThatMet()).isEqualTo(2);
    }

    @Test
    void trainingCountsTheParticipantsAtTheCohortsSessionsAndThoseWhoMayTrainOthers() {
        CohortReport.Training training = reports.reportOf(fixture.cohort).training();

        // the programme lead at both sessions is not a participant; ned trains at a session not the cohort's
        assertThat(training.sessions()).extracting(SessionAttendance::title, SessionAttendance::heldOn,
                SessionAttendance::participants, SessionAttendance::trainers).containsExactly(
                tuple("Cultural intelligence", LocalDate.of(2027, 1, 20), 4, 0),
                tuple("Train the trainer", LocalDate.of(2027, 3, 15), 2, 1));
        // ada, leo, bea, max, each once; ada may train
        assertThat(training.participantsAttended()).isEqualTo(4);
        assertThat(training.trainers()).isEqualTo(1);
    }

    @Test
    void coachingCallsAreCountedAsHeldNotHeldOrAwaitingARecord() {
        CohortReport.CoachingCalls calls = reports.reportOf(fixture.cohort).coachingCalls();

        assertThat(calls).isEqualTo(new CohortReport.CoachingCalls(3, 1, 1, 1));
    }

    @Test
    void scoresBeforeAtTheMidPointAndAtTheEndAreMeansOfThoseWhoAnswered() {
        CohortReport.Scores scores = reports.reportOf(fixture.cohort).scores();

        // before: ada 3/2/2, bea 2/3/1, cat 4/4/3, leo 4/1/2, max 3/2/3, ned 5/3/4 = 21/15/15 of 6; dan left out a
        // score and oli gave none, so neither is counted
        assertMoment(scores.before(), "Before", 6, "3.50", "2.50", "2.50", null);
        // mid: ada 4/3/3/4, leo 5/3/2/5, bea 3/3/2/4, max 2/2/2/2, cat 3/4/3/3 = 17/15/12/18 of 5
        assertMoment(scores.midPoint(), "Mid-point", 5, "3.40", "3.00", "2.40", "3.60");
        // end: ada 5/4/4/5, leo 5/5/4/5, bea 4/4/3/4, oli 4/3/3/4 = 18/16/14/18 of 4
        assertMoment(scores.end(), "End", 4, "4.50", "4.00", "3.50", "4.50");
        assertThat(scores.moments()).extracting(Moment::label).containsExactly("Before", "Mid-point", "End");
    }

    @Test
    void retentionCountsThoseWhoStartedInAConfirmedPairAndHaveNotLeft() {
        CohortReport.Retention retention = reports.reportOf(fixture.cohort).retention();

        // started: ada, leo, bea, max (before oli took his place), cat, ned; max and cat left; oli joined later
        assertThat(retention.started()).isEqualTo(6);
        assertThat(retention.stayed()).isEqualTo(4);
        assertThat(retention.percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void aCohortWithNothingYetShowsNoMeansRatherThanZeros() {
        long empty = Fixture.cohort(jdbc, "Autumn 2027", "OPEN");

        CohortReport report = reports.reportOf(empty);

        assertThat(report.name()).isEqualTo("Autumn 2027");
        assertThat(report.stage()).isEqualTo(Stage.OPEN);
        assertThat(report.participation().applications()).isZero();
        assertThat(report.participation().byDirectorate()).isEmpty();
        assertThat(report.meetings()).isEqualTo(new CohortReport.Meetings(0, 0, null, 0));
        assertThat(report.training().sessions()).isEmpty();
        assertThat(report.coachingCalls()).isEqualTo(new CohortReport.CoachingCalls(0, 0, 0, 0));
        assertThat(report.scores().moments()).allSatisfy(moment -> {
            assertThat(moment.answers()).isZero();
            assertThat(moment.confidence()).isNull();
        });
        assertThat(report.retention()).isEqualTo(new CohortReport.Retention(0, 0, null));
    }

    @Test
    void theCsvHasEveryFigureALineWithTheAnswersBesideEachScore() throws IOException {
        List<CSVRecord> csv = parse(reports.csvOf(fixture.cohort));

        assertThat(csv.get(0).toList()).containsExactly("section", "figure", "value", "answers");
        assertThat(csv).extracting(CSVRecord::toList).contains(
                List.of("Cohort", "Name", "Spring 2027", ""),
                List.of("Cohort", "Stage", "Running", ""),
                List.of("Participation", "Applications", "8", ""),
                List.of("Applications by directorate", "Nursing and quality", "1", ""),
                List.of("Pairs", "Closed early", "1", ""),
                List.of("Meetings", "Average minutes", "56.3", ""),
                List.of("Training session: Train the trainer, 2027-03-15", "Trainers", "1", ""),
                List.of("Coaching calls", "Awaiting a record", "1", ""),
                List.of("Scores: Before", "Confidence", "3.50", "6"),
                List.of("Scores: End", "Satisfaction", "4.50", "4"),
                List.of("Retention", "Stayed (%)", "66.7", ""));
        assertThat(csv).extracting(CSVRecord::toList).doesNotContain(List.of("Scores: Before", "Satisfaction", "", "6"));
    }

    @Test
    void aLeavingReasonThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        jdbc.sql("update eia_mentoring_application set left_reason = '=HYPERLINK(\"http://x\")' where cohort_id = ? and username = 'dan'")
                .param(fixture.cohort).update();

        List<CSVRecord> csv = parse(reports.csvOf(fixture.cohort));

        assertThat(csv).extracting(CSVRecord::toList)
                .contains(List.of("Reasons for leaving", "'=HYPERLINK(\"http://x\")", "1", ""));
    }

    @Test
    void aCohortThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> reports.reportOf(-1)).isInstanceOf(NotFound.class)
                .hasMessageContaining("There is no mentoring cohort -1");
    }

    private static void assertMoment(Moment moment, String label, int answers, String confidence, String understanding,
            String practice, String satisfaction) {
        assertThat(moment.label()).isEqualTo(label);
        assertThat(moment.answers()).isEqualTo(answers);
        assertThat(moment.confidence()).isEqualByComparingTo(confidence);
        assertThat(moment.understanding()).isEqualByComparingTo(understanding);
        assertThat(moment.practice()).isEqualByComparingTo(practice);
        if (satisfaction == null) {
            assertThat(moment.satisfaction()).isNull();
        } else {
            assertThat(moment.satisfaction()).isEqualByComparingTo(new BigDecimal(satisfaction));
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    /**
     * A cohort running from 10 January to 1 July 2027 (mid-point 1 April), with eight places:
     * <ul>
     * <li>reverse mentors ada (digital), bea (nursing-quality), cat (digital) and dan (finance); senior leaders leo
     * (operations), max (digital), ned (workforce) and oli (operations);</li>
     * <li>dan left before pairing (workload); pairs confirmed: ada-leo, finished; bea-max, where max left the trust
     * and oli took his place; cat-ned, closed when cat left (workload) and nobody was free;</li>
     * <li>meetings: ada-leo 60, 45 and 90 minutes; bea-oli 30;</li>
     * <li>coaching calls: ada-leo one held; bea-oli one not held and one not yet recorded;</li>
     * <li>sessions: "Cultural intelligence" attended by ada, leo, bea, max and the programme lead; "Train the trainer"
     * by ada (may train), bea, and the lead (may train); a session not the cohort's where ned may train;</li>
     * <li>and another cohort, where zed applied, paired and met, to show that nothing of it is counted.</li>
     * </ul>
     */
    static final class Fixture {

        final long cohort;
        final long adaLeo;
        final long beaOli;
        final long catNed;

        private Fixture(long cohort, long adaLeo, long beaOli, long catNed) {
            this.cohort = cohort;
            this.adaLeo = adaLeo;
            this.beaOli = beaOli;
            this.catNed = catNed;
        }

        static Fixture write(JdbcClient jdbc) {
            long cohort = cohort(jdbc, "Spring 2027", "RUNNING");
            application(jdbc, cohort, "ada", "REVERSE_MENTOR", "digital", before("3", "2", "2"), null);
            application(jdbc, cohort, "bea", "REVERSE_MENTOR", "nursing-quality", before("2", "3", "1"), null);
            application(jdbc, cohort, "cat", "REVERSE_MENTOR", "digital", before("4", "4", "3"), "Workload");
            application(jdbc, cohort, "dan", "REVERSE_MENTOR", "finance",
                    "{\"confidenceBefore\":\"5\",\"understandingBefore\":\"5\",\"selfDescription\":\"Quiet\"}", "Workload");
            application(jdbc, cohort, "leo", "SENIOR_LEADER", "operations", before("4", "1", "2"), null);
            application(jdbc, cohort, "max", "SENIOR_LEADER", "digital", before("3", "2", "3"), "Left the trust");
            application(jdbc, cohort, "ned", "SENIOR_LEADER", "workforce",
                    "{\"confidenceBefore\":5,\"understandingBefore\":\"3\",\"practiceBefore\":\"4\"}", null);
            application(jdbc, cohort, "oli", "SENIOR_LEADER", "operations", "{}", null);

            long adaLeo = pair(jdbc, cohort, "ada", "leo", 7, "FINISHED", null);
            long beaOli = pair(jdbc, cohort, "bea", "oli", 5, "CONFIRMED", null);
            long catNed = pair(jdbc, cohort, "cat", "ned", 4, "CLOSED", "cat left (Workload) and nobody free could be paired with ned");
            jdbc.sql("""
                            update eia_mentoring_pair set contract = ?, contract_agreed_by = 'ada', contract_agreed_at = ?
                            where id = ?""")
                    .params("{\"meetingFrequency\":\"monthly\",\"meetingFormat\":\"online\",\"groundRules\":\"Cameras on.\\nNo phones.\","
                            + "\"hopesToLearn\":\"How decisions are made\",\"confidentialityAgreed\":true}",
                            at("2027-01-12T10:00:00Z"), adaLeo)
                    .update();
            jdbc.sql("update eia_mentoring_pair set contract = ?, contract_agreed_by = 'max', contract_agreed_at = ? where id = ?")
                    .params("{\"meetingFrequency\":\"fortnightly\",\"meetingFormat\":\"in-person\",\"groundRules\":\"Be on time\","
                            + "\"confidentialityAgreed\":true}", at("2027-01-14T10:00:00Z"), beaOli)
                    .update();
            change(jdbc, beaOli, "max", "oli", "Left the trust", "2027-03-20T09:00:00Z");
            change(jdbc, catNed, "cat", null, "Workload", "2027-05-10T09:00:00Z");

            meeting(jdbc, adaLeo, "2027-02-01", 60, "Being the only one in the room", "ada");
            meeting(jdbc, adaLeo, "2027-03-01", 45, null, "leo");
            meeting(jdbc, adaLeo, "2027-05-01", 90, "Recruitment panels", "ada");
            meeting(jdbc, beaOli, "2027-04-10", 30, "@everyone: speaking up\nand being heard", "bea");

            coachingCall(jdbc, adaLeo, "Stuck on what to talk about", "ada", true);
            coachingCall(jdbc, beaOli, "A difficult conversation", "bea", false);
            coachingCall(jdbc, beaOli, "A new partner", "oli", null);

            feedback(jdbc, adaLeo, "ada", "MID", 4, 3, 3, 4, "Going well");
            feedback(jdbc, adaLeo, "leo", "MID", 5, 3, 2, 5, null);
            feedback(jdbc, beaOli, "bea", "MID", 3, 3, 2, 4, null);
            feedback(jdbc, beaOli, "max", "MID", 2, 2, 2, 2, "Hard to find time");
            feedback(jdbc, catNed, "cat", "MID", 3, 4, 3, 3, null);
            feedback(jdbc, adaLeo, "ada", "END", 5, 4, 4, 5, "I was heard.\nAnd I learned to listen.");
            feedback(jdbc, adaLeo, "leo", "END", 5, 5, 4, 5, "It changed how I chair meetings");
            feedback(jdbc, beaOli, "bea", "END", 4, 4, 3, 4, "   ");
            feedback(jdbc, beaOli, "oli", "END", 4, 3, 3, 4, null);

            long culture = session(jdbc, "Cultural intelligence", "2027-01-20");
            long trainers = session(jdbc, "Train the trainer", "2027-03-15");
            long other = session(jdbc, "Another programme", "2027-02-02");
            jdbc.sql("insert into eia_mentoring_cohort_session (cohort_id, session_id) values (?, ?)").params(cohort, culture).update();
            jdbc.sql("insert into eia_mentoring_cohort_session (cohort_id, session_id) values (?, ?)").params(cohort, trainers).update();
            for (String attended : List.of("ada", "leo", "bea", "max", "programme-lead")) {
                completion(jdbc, culture, attended, "2027-01-20", false);
            }
            completion(jdbc, trainers, "ada", "2027-03-15", true);
            completion(jdbc, trainers, "bea", "2027-03-15", false);
            completion(jdbc, trainers, "programme-lead", "2027-03-15", true);
            completion(jdbc, other, "ned", "2027-02-02", true);

            long elsewhere = cohort(jdbc, "Elsewhere", "RUNNING");
            application(jdbc, elsewhere, "zed", "REVERSE_MENTOR", "digital", before("1", "1", "1"), null);
            application(jdbc, elsewhere, "ada", "SENIOR_LEADER", "digital", before("1", "1", "1"), "Moved");
            long zedAda = pair(jdbc, elsewhere, "zed", "ada", 3, "CONFIRMED", null);
            meeting(jdbc, zedAda, "2027-02-01", 500, "Elsewhere", "zed");
            coachingCall(jdbc, zedAda, "Elsewhere", "zed", true);
            feedback(jdbc, zedAda, "zed", "END", 1, 1, 1, 1, "Elsewhere");
            jdbc.sql("insert into eia_mentoring_cohort_session (cohort_id, session_id) values (?, ?)").params(elsewhere, other).update();
            return new Fixture(cohort, adaLeo, beaOli, catNed);
        }

        static long cohort(JdbcClient jdbc, String name, String stage) {
            return insert(jdbc, """
                            insert into eia_mentoring_cohort (name, applications_close, programme_starts, mid_point,
                                programme_ends, places, stage, opened_by, opened_at)
                            values (?, ?, ?, ?, ?, 8, ?, 'programme-lead', ?)""",
                    name, date("2026-12-01"), date("2027-01-10"), date("2027-04-01"), date("2027-07-01"), stage,
                    at("2026-11-01T09:00:00Z"));
        }

        private static String before(String confidence, String understanding, String practice) {
            return "{\"confidenceBefore\":\"%s\",\"understandingBefore\":\"%s\",\"practiceBefore\":\"%s\",\"selfDescription\":\"Private words\"}"
                    .formatted(confidence, understanding, practice);
        }

        private static void application(JdbcClient jdbc, long cohort, String username, String side, String directorate,
                String answers, String leftReason) {
            insert(jdbc, """
                            insert into eia_mentoring_application (cohort_id, username, side, directorate, line_manager,
                                answers, applied_at, left_at, left_reason) values (?, ?, ?, ?, null, ?, ?, ?, ?)""",
                    cohort, username, side, directorate, answers, at("2026-11-15T09:00:00Z"),
                    leftReason == null ? null : at("2027-03-19T09:00:00Z"), leftReason);
        }

        private static long pair(JdbcClient jdbc, long cohort, String mentor, String leader, int score, String status,
                String closedReason) {
            return insert(jdbc, """
                            insert into eia_mentoring_pair (cohort_id, mentor, leader, score, status, closed_reason, ended_at)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    cohort, mentor, leader, score, status, closedReason,
                    "CONFIRMED".equals(status) ? null : at("2027-06-30T17:00:00Z"));
        }

        private static void change(JdbcClient jdbc, long pair, String left, String joined, String reason, String at) {
            insert(jdbc, """
                            insert into eia_mentoring_pair_change (pair_id, left_username, joined_username, reason, changed_at)
                            values (?, ?, ?, ?, ?)""", pair, left, joined, reason, at(at));
        }

        private static void meeting(JdbcClient jdbc, long pair, String metOn, int minutes, String topics, String by) {
            insert(jdbc, """
                            insert into eia_mentoring_meeting (pair_id, met_on, minutes, topics, logged_by, logged_at)
                            values (?, ?, ?, ?, ?, ?)""", pair, date(metOn), minutes, topics, by, at(metOn + "T18:00:00Z"));
        }

        private static void coachingCall(JdbcClient jdbc, long pair, String reason, String by, Boolean held) {
            insert(jdbc, """
                            insert into eia_mentoring_coaching_call (pair_id, reason, requested_by, requested_at, call_date,
                                held, notes, coach, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    pair, reason, by, at("2027-03-01T09:00:00Z"), held == null ? null : date("2027-03-08"), held,
                    held == null ? null : "Talked it through", held == null ? null : "coach",
                    held == null ? null : at("2027-03-08T12:00:00Z"));
        }

        private static void feedback(JdbcClient jdbc, long pair, String username, String stage, int confidence,
                int understanding, int practice, int satisfaction, String comments) {
            insert(jdbc, """
                            insert into eia_mentoring_feedback (pair_id, username, stage, confidence, understanding, practice,
                                satisfaction, comments, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    pair, username, stage, confidence, understanding, practice, satisfaction, comments,
                    at("MID".equals(stage) ? "2027-04-02T09:00:00Z" : "2027-07-01T09:00:00Z"));
        }

        private static long session(JdbcClient jdbc, String title, String heldOn) {
            return insert(jdbc, """
                            insert into eia_training_session (title, held_on, trainer, format, length_minutes, capacity,
                                created_at) values (?, ?, 'Equality team', 'in-person', 120, 20, ?)""",
                    title, date(heldOn), at("2026-12-01T09:00:00Z"));
        }

        private static void completion(JdbcClient jdbc, long session, String username, String on, boolean mayTrain) {
            insert(jdbc, """
                            insert into eia_training_completion (session_id, username, completed_on, expires_on, may_train,
                                recorded_by, recorded_at, person, session_ref) values (?, ?, ?, ?, ?, 'admin', ?, ?, ?)""",
                    session, username, date(on), Date.valueOf(LocalDate.parse(on).plusYears(3)), mayTrain,
                    at("2027-03-16T09:00:00Z"), username, session);
        }

        private static long insert(JdbcClient jdbc, String sql, Object... params) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql(sql).params(params).update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        }

        private static Date date(String day) {
            return Date.valueOf(day);
        }

        static Timestamp at(String instant) {
            return Timestamp.from(Instant.parse(instant));
        }
    }
}
