package uk.nhs.eia.mentoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.CsvCells;
import uk.nhs.eia.mentoring.CohortReport.CoachingCalls;
import uk.nhs.eia.mentoring.CohortReport.Count;
import uk.nhs.eia.mentoring.CohortReport.Meetings;
import uk.nhs.eia.mentoring.CohortReport.Moment;
import uk.nhs.eia.mentoring.CohortReport.PairCounts;
import uk.nhs.eia.mentoring.CohortReport.Participation;
import uk.nhs.eia.mentoring.CohortReport.Retention;
import uk.nhs.eia.mentoring.CohortReport.Scores;
import uk.nhs.eia.mentoring.CohortReport.SessionAttendance;
import uk.nhs.eia.mentoring.CohortReport.Training;
import uk.nhs.eia.refusal.NotFound;

/**
 * A cohort's figures, counted in the database. The "before" scores are the exception: they are kept inside each
 * application's survey answers, which the databases the service runs on read as JSON differently, and a cohort has
 * at most a few dozen applications.
 */
@Service
@Transactional(readOnly = true)
public class CohortReports {


    static final List<String> CSV_HEADERS = List.of("section", "figure", "value", "answers");

    /** Pairs of the cohort once confirmed: a proposal that was never confirmed paired nobody. */
    private static final String CONFIRMED = "p.status <> 'PROPOSED'";

    private final JdbcClient jdbc;

    CohortReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws NotFound when there is no such cohort
     */
    public CohortReport reportOf(long cohortId) {
        Kept cohort = jdbc.sql("""
                        select name, applications_close, programme_starts, mid_point, programme_ends, places, stage
                        from eia_mentoring_cohort where id = ?""")
                .param(cohortId)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getInt(6), Stage.valueOf(rs.getString(7))))
                .optional().orElseThrow(() -> new NotFound("Cohort not found", "There is no mentoring cohort " + cohortId));
        return new CohortReport(cohortId, cohort.name(), cohort.applicationsClose(), cohort.programmeStarts(),
                cohort.midPoint(), cohort.programmeEnds(), cohort.stage(), participation(cohortId, cohort.places()),
                pairs(cohortId), meetings(cohortId), training(cohortId), coachingCalls(cohortId), scores(cohortId),
                retention(cohortId));
    }

    /**
     * The report as CSV (RFC 4180): one figure a line, under the part of the report it belongs to, with the number
     * of answers beside each mean score.
     *
     * @throws NotFound when there is no such cohort
     */
    public String csvOf(long cohortId) {
        return csv(reportOf(cohortId));
    }

    static String csv(CohortReport report) {
        StringBuilder out = new StringBuilder();
        CSVPrinter printer = CsvCells.printer(out);
        CsvCells.line(printer, CSV_HEADERS);
        for (List<String> row : rows(report)) {
            CsvCells.line(printer, row);
        }
        return out.toString();
    }

    private Participation participation(long cohortId, int places) {
        Map<String, Integer> bySide = new HashMap<>();
        jdbc.sql("select side, count(*) from eia_mentoring_application where cohort_id = ? group by side")
                .param(cohortId).query(rs -> {
                    bySide.put(rs.getString(1), rs.getInt(2));
                });
        List<Count> byDirectorate = jdbc.sql("""
                        select a.directorate, coalesce(d.name, a.directorate), count(*)
                        from eia_mentoring_application a left join eia_directorate d on d.code = a.directorate
                        where a.cohort_id = ? group by a.directorate, d.name
                        order by count(*) desc, coalesce(d.name, a.directorate)""")
                .param(cohortId).query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
        int paired = jdbc.sql("""
                        select count(*) from (
                            select p.mentor as username from eia_mentoring_pair p where p.cohort_id = ? and %1$s
                            union select p.leader from eia_mentoring_pair p where p.cohort_id = ? and %1$s
                            union select c.left_username from eia_mentoring_pair_change c
                                join eia_mentoring_pair p on p.id = c.pair_id where p.cohort_id = ?
                        ) paired""".formatted(CONFIRMED))
                .params(cohortId, cohortId, cohortId).query(Integer.class).single();
        List<Count> leftReasons = jdbc.sql("""
                        select coalesce(left_reason, ''), count(*) from eia_mentoring_application
                        where cohort_id = ? and left_at is not null
                        group by coalesce(left_reason, '') order by count(*) desc, coalesce(left_reason, '')""")
                .param(cohortId).query((rs, n) -> {
                    String reason = rs.getString(1);
                    return new Count(reason, reason.isBlank() ? "No reason recorded" : reason, rs.getInt(2));
                }).list();
        int applications = bySide.values().stream().mapToInt(Integer::intValue).sum();
        int left = leftReasons.stream().mapToInt(Count::count).sum();
        return new Participation(places, applications, bySide.getOrDefault(Participant.Side.REVERSE_MENTOR.name(), 0),
                bySide.getOrDefault(Participant.Side.SENIOR_LEADER.name(), 0), byDirectorate, paired, left, leftReasons);
    }

    private PairCounts pairs(long cohortId) {
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.sql("select status, count(*) from eia_mentoring_pair where cohort_id = ? group by status")
                .param(cohortId).query(rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                });
        int replaced = jdbc.sql("""
                        select count(*) from eia_mentoring_pair_change c join eia_mentoring_pair p on p.id = c.pair_id
                        where p.cohort_id = ? and c.joined_username is not null""")
                .param(cohortId).query(Integer.class).single();
        return new PairCounts(byStatus.getOrDefault(MentoringPair.Status.PROPOSED.name(), 0),
                byStatus.getOrDefault(MentoringPair.Status.CONFIRMED.name(), 0),
                byStatus.getOrDefault(MentoringPair.Status.FINISHED.name(), 0),
                byStatus.getOrDefault(MentoringPair.Status.CLOSED.name(), 0), replaced);
    }

    private Meetings meetings(long cohortId) {
        return jdbc.sql("""
                        select count(m.id), coalesce(sum(m.minutes), 0), count(distinct m.pair_id)
                        from eia_mentoring_meeting m join eia_mentoring_pair p on p.id = m.pair_id where p.cohort_id = ?""")
                .param(cohortId)
                .query((rs, n) -> new Meetings(rs.getInt(1), rs.getInt(2), mean(rs.getLong(2), rs.getInt(1), 1), rs.getInt(3)))
                .single();
    }

    /** Only the cohort's own participants are counted: the programme team may attend its sessions too. */
    private Training training(long cohortId) {
        List<SessionAttendance> sessions = jdbc.sql("""
                        select s.id, s.title, s.held_on, count(distinct a.username),
                               count(distinct case when c.may_train then a.username end)
                        from eia_mentoring_cohort_session cs
                        join eia_training_session s on s.id = cs.session_id
                        left join eia_training_completion c on c.session_id = s.id
                        left join eia_mentoring_application a on a.cohort_id = cs.cohort_id and a.username = c.username
                        where cs.cohort_id = ?
                        group by s.id, s.title, s.held_on order by s.held_on, s.id""")
                .param(cohortId)
                .query((rs, n) -> new SessionAttendance(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getInt(4), rs.getInt(5)))
                .list();
        return jdbc.sql("""
                        select count(distinct a.username), count(distinct case when c.may_train then a.username end)
                        from eia_mentoring_cohort_session cs
                        join eia_training_completion c on c.session_id = cs.session_id
                        join eia_mentoring_application a on a.cohort_id = cs.cohort_id and a.username = c.username
                        where cs.cohort_id = ?""")
                .param(cohortId).query((rs, n) -> new Training(sessions, rs.getInt(1), rs.getInt(2))).single();
    }

    private CoachingCalls coachingCalls(long cohortId) {
        return jdbc.sql("""
                        select count(cc.id),
                               coalesce(sum(case when cc.held then 1 else 0 end), 0),
                               coalesce(sum(case when not cc.held then 1 else 0 end), 0),
                               coalesce(sum(case when cc.held is null then 1 else 0 end), 0)
                        from eia_mentoring_coaching_call cc join eia_mentoring_pair p on p.id = cc.pair_id
                        where p.cohort_id = ?""")
                .param(cohortId)
                .query((rs, n) -> new CoachingCalls(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    private Scores scores(long cohortId) {
        Map<String, Moment> byStage = new HashMap<>();
        jdbc.sql("""
                        select f.stage, count(*), sum(f.confidence), sum(f.understanding), sum(f.practice), sum(f.satisfaction)
                        from eia_mentoring_feedback f join eia_mentoring_pair p on p.id = f.pair_id
                        where p.cohort_id = ? group by f.stage""")
                .param(cohortId).query(rs -> {
                    int answers = rs.getInt(2);
                    byStage.put(rs.getString(1), new Moment(label(rs.getString(1)), answers, mean(rs.getLong(3), answers, 2),
                            mean(rs.getLong(4), answers, 2), mean(rs.getLong(5), answers, 2), mean(rs.getLong(6), answers, 2)));
                });
        return new Scores(before(cohortId), byStage.getOrDefault("MID", new Moment(label("MID"), 0, null, null, null, null)),
                byStage.getOrDefault("END", new Moment(label("END"), 0, null, null, null, null)));
    }

    /** From the applications that scored all three, so that each mean is of the same people. */
    private Moment before(long cohortId) {
        List<int[]> scored = jdbc.sql("select answers from eia_mentoring_application where cohort_id = ? order by id")
                .param(cohortId).query(String.class).list().stream().map(MentoringJson::read)
                .map(CohortReports::beforeScores).filter(Objects::nonNull).toList();
        int answers = scored.size();
        return new Moment(label("BEFORE"), answers, mean(scored.stream().mapToLong(s -> s[0]).sum(), answers, 2),
                mean(scored.stream().mapToLong(s -> s[1]).sum(), answers, 2),
                mean(scored.stream().mapToLong(s -> s[2]).sum(), answers, 2), null);
    }

    /**
     * The people each confirmed pair started with are found by undoing its changes of partner, the latest first: a
     * pair closed when someone left keeps them in its row, so only a replacement changes who is in it.
     */
    private Retention retention(long cohortId) {
        Map<Long, String[]> members = new HashMap<>();
        jdbc.sql("select p.id, p.mentor, p.leader from eia_mentoring_pair p where p.cohort_id = ? and " + CONFIRMED)
                .param(cohortId).query(rs -> {
                    members.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        jdbc.sql("""
                        select c.pair_id, c.left_username, c.joined_username from eia_mentoring_pair_change c
                        join eia_mentoring_pair p on p.id = c.pair_id where p.cohort_id = ? and c.joined_username is not null
                        order by c.changed_at desc, c.id desc""")
                .param(cohortId).query(rs -> {
                    String[] pair = members.get(rs.getLong(1));
                    if (pair != null) {
                        for (int i = 0; i < pair.length; i++) {
                            if (pair[i].equals(rs.getString(3))) {
                                pair[i] = rs.getString(2);
                            }
                        }
                    }
                });
        Set<String> started = new HashSet<>();
        members.values().forEach(pair -> started.addAll(List.of(pair)));
        Set<String> left = new HashSet<>(jdbc.sql(
                        "select username from eia_mentoring_application where cohort_id = ? and left_at is not null")
                .param(cohortId).query(String.class).list());
        int stayed = (int) started.stream().filter(username -> !left.contains(username)).count();
        return new Retention(started.size(), stayed, started.isEmpty() ? null
                : BigDecimal.valueOf(100L * stayed).divide(BigDecimal.valueOf(started.size()), 1, RoundingMode.HALF_UP));
    }

    private static String label(String stage) {
        return switch (stage) {
            case "BEFORE" -> "Before";
            case "MID" -> "Mid-point";
            case "END" -> "End";
            default -> stage;
        };
    }

    /** Confidence, understanding and practice before, or null unless all three were scored. */
    private static int[] beforeScores(Map<String, Object> answers) {
        Integer confidence = score(answers.get(MentoringForms.CONFIDENCE_BEFORE));
        Integer understanding = score(answers.get(MentoringForms.UNDERSTANDING_BEFORE));
        Integer practice = score(answers.get(MentoringForms.PRACTICE_BEFORE));
        return confidence == null || understanding == null || practice == null ? null
                : new int[] {confidence, understanding, practice};
    }

    /** A score of 1 to 5 as the survey keeps it, or null when it was not given or is not one. */
    private static Integer score(Object value) {
        if (value == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(String.valueOf(value).strip());
            return score >= 1 && score <= 5 ? score : null;
        } catch (NumberFormatException notAScore) {
            return null;
        }
    }

    private static BigDecimal mean(long total, int count, int places) {
        return count == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), places, RoundingMode.HALF_UP);
    }

    private static List<List<String>> rows(CohortReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Cohort", "Name", report.name()));
        rows.add(row("Cohort", "Stage", report.stage().label()));
        rows.add(row("Cohort", "Applications close", report.applicationsClose()));
        rows.add(row("Cohort", "Programme starts", report.programmeStarts()));
        rows.add(row("Cohort", "Mid-point", report.midPoint()));
        rows.add(row("Cohort", "Programme ends", report.programmeEnds()));
        Participation participation = report.participation();
        rows.add(row("Participation", "Places", participation.places()));
        rows.add(row("Participation", "Applications", participation.applications()));
        rows.add(row("Participation", "Reverse mentors", participation.reverseMentors()));
        rows.add(row("Participation", "Senior leaders", participation.seniorLeaders()));
        rows.add(row("Participation", "Paired", participation.paired()));
        rows.add(row("Participation", "Left", participation.left()));
        participation.byDirectorate().forEach(count -> rows.add(row("Applications by directorate", count.label(), count.count())));
        participation.leftReasons().forEach(count -> rows.add(row("Reasons for leaving", count.label(), count.count())));
        PairCounts pairs = report.pairs();
        rows.add(row("Pairs", "Proposed", pairs.proposed()));
        rows.add(row("Pairs", "Running", pairs.running()));
        rows.add(row("Pairs", "Finished", pairs.finished()));
        rows.add(row("Pairs", "Closed early", pairs.closedEarly()));
        rows.add(row("Pairs", "Partners replaced", pairs.partnersReplaced()));
        Meetings meetings = report.meetings();
        rows.add(row("Meetings", "Meetings held", meetings.held()));
        rows.add(row("Meetings", "Total minutes", meetings.totalMinutes()));
        rows.add(row("Meetings", "Average minutes", meetings.averageMinutes()));
        rows.add(row("Meetings", "Pairs that met", meetings.pairsThatMet()));
        Training training = report.training();
        for (SessionAttendance session : training.sessions()) {
            String section = "Training session: %s, %s".formatted(session.title(), session.heldOn());
            rows.add(row(section, "Participants attended", session.participants()));
            rows.add(row(section, "Trainers", session.trainers()));
        }
        rows.add(row("Training", "Participants attended", training.participantsAttended()));
        rows.add(row("Training", "Trainers", training.trainers()));
        CoachingCalls calls = report.coachingCalls();
        rows.add(row("Coaching calls", "Requested", calls.requested()));
        rows.add(row("Coaching calls", "Held", calls.held()));
        rows.add(row("Coaching calls", "Not held", calls.notHeld()));
        rows.add(row("Coaching calls", "Awaiting a record", calls.awaiting()));
        Scores scores = report.scores();
        rows.addAll(scoreRows(scores.before(), false));
        rows.addAll(scoreRows(scores.midPoint(), true));
        rows.addAll(scoreRows(scores.end(), true));
        Retention retention = report.retention();
        rows.add(row("Retention", "Started in a confirmed pair", retention.started()));
        rows.add(row("Retention", "Stayed", retention.stayed()));
        rows.add(row("Retention", "Stayed (%)", retention.percent()));
        return rows;
    }

    private static List<String> row(String section, String figure, Object value) {
        return List.of(section, figure, Objects.toString(value, ""), "");
    }

    private static List<List<String>> scoreRows(Moment moment, boolean askedSatisfaction) {
        String section = "Scores: " + moment.label();
        List<List<String>> rows = new ArrayList<>(List.of(
                scoreRow(section, "Confidence", moment.confidence(), moment.answers()),
                scoreRow(section, "Understanding", moment.understanding(), moment.answers()),
                scoreRow(section, "Practice", moment.practice(), moment.answers())));
        if (askedSatisfaction) {
            rows.add(scoreRow(section, "Satisfaction", moment.satisfaction(), moment.answers()));
        }
        return rows;
    }

    private static List<String> scoreRow(String section, String figure, BigDecimal mean, int answers) {
        return List.of(section, figure, Objects.toString(mean, ""), String.valueOf(answers));
    }

    /** The cohort as its row keeps it. */
    private record Kept(String name, LocalDate applicationsClose, LocalDate programmeStarts, LocalDate midPoint,
            LocalDate programmeEnds, int places, Stage stage) {
    }
}
