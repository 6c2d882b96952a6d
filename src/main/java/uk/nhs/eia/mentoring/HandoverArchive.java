package uk.nhs.eia.mentoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.CsvCells;
import uk.nhs.eia.EnglishDates;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.refusal.NotFound;

/**
 * A cohort's records laid out for whoever takes the programme over, or evaluates it, without the service: its
 * figures, its applications (without their survey answers), pairs, contracts, meetings, coaching calls and feedback,
 * and a booklet of what participants said and talked about, with no names, for sharing what the programme taught.
 */
@Service
@Transactional(readOnly = true)
public class HandoverArchive {

    /** The contract's questions in the order the form asks them, as its files name them. */
    static final Map<String, String> CONTRACT_QUESTIONS = questions(
            MentoringForms.MEETING_FREQUENCY, "Meeting frequency",
            MentoringForms.MEETING_FORMAT, "Meeting format",
            MentoringForms.GROUND_RULES, "Ground rules",
            MentoringForms.HOPES_TO_LEARN, "Hopes to learn",
            MentoringForms.CONFIDENTIALITY_AGREED, "Confidentiality agreed");

    static final List<String> APPLICATION_HEADERS = List.of("username", "side", "directorate", "appliedAt", "leftAt",
            "leftReason");
    static final List<String> PAIR_HEADERS = List.of("pairId", "mentor", "leader", "score", "status", "contractAgreedAt",
            "contractAgreedBy", "closedReason", "endedAt", "partnerChanges");
    static final List<String> MEETING_HEADERS = List.of("pairId", "mentor", "leader", "metOn", "minutes", "topics",
            "loggedBy", "loggedAt");
    static final List<String> COACHING_HEADERS = List.of("pairId", "mentor", "leader", "reason", "requestedBy",
            "requestedAt", "callDate", "held", "coach", "notes", "recordedAt");
    static final List<String> FEEDBACK_HEADERS = List.of("pairId", "username", "stage", "confidence", "understanding",
            "practice", "satisfaction", "comments", "givenAt");

    private final JdbcClient jdbc;
    private final CohortReports reports;
    private final FormCatalogue forms;
    private final EnglishDates dates;
    private final Clock clock;

    HandoverArchive(JdbcClient jdbc, CohortReports reports, FormCatalogue forms, EnglishDates dates, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.forms = forms;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Writes the cohort's archive as a ZIP to {@code out}, which is left open. Every entry is stamped with the time
     * the archive was made, and they always come in the same order, so two archives of unchanged records differ only
     * in that time.
     *
     * @throws NotFound when there is no such cohort, before anything is written
     */
    public void write(long cohortId, OutputStream out) throws IOException {
        CohortReport report = reports.reportOf(cohortId);
        Instant made = clock.instant();
        List<PairFile> pairs = pairs(cohortId);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, made, "README.txt", readme(report, made));
        entry(zip, made, "report.csv", CohortReports.csv(report));
        entry(zip, made, "applications.csv", applications(cohortId));
        entry(zip, made, "pairs.csv", csv(PAIR_HEADERS, pairs.stream().map(PairFile::row).toList()));
        for (PairFile pair : pairs) {
            if (pair.contract() != null) {
                entry(zip, made, "contracts/" + contractFileName(pair), contract(pair));
            }
        }
        entry(zip, made, "meetings.csv", meetings(cohortId));
        entry(zip, made, "coaching-calls.csv", coachingCalls(cohortId));
        entry(zip, made, "feedback.csv", feedback(cohortId));
        entry(zip, made, "booklet/insights.txt", booklet(report));
        zip.finish();
        zip.flush();
    }

    private String readme(CohortReport report, Instant made) {
        return """
                Reciprocal mentoring: %s

                Applications closed  %s
                Programme            %s to %s, with mid-point feedback due on %s
                Stage                %s
                Archive made         %s (UK time)

                What is in this archive
                README.txt            this file
                report.csv            the cohort's figures: applications by side and directorate, places, who was
                                      paired and who left and why; pairs running, finished and closed early;
                                      meetings; training sessions attended and trainers; coaching calls; the mean
                                      scores before (from applications), at the mid-point and at the end, with the
                                      number of answers; and how many of those paired at the start stayed
                applications.csv      each application: username, side, directorate, when they applied, and when and
                                      why they left. The rest of the application survey is not included
                pairs.csv             each pair: id, reverse mentor, senior leader, pairing score, status, when and by
                                      whom the contract was agreed, why it closed early and when it ended, and each
                                      change of partner with its date and reason
                contracts/            the mentoring contract each pair agreed, one file a pair,
                                      named pair-<id>-<mentor>-<leader>.txt
                meetings.csv          each meeting a pair logged: date, minutes, topics, who logged it and when
                coaching-calls.csv    each coaching call asked for: why, by whom and when, the date of the call,
                                      whether it was held (blank while not yet recorded), the coach and their notes
                feedback.csv          each person's feedback at the mid-point (MID) and at the end (END): their
                                      scores from 1 to 5 for confidence, understanding, practice and satisfaction,
                                      and their comments
                booklet/insights.txt  the programme's booklet of insights: what participants wrote at the end and the
                                      topics pairs talked about, without names. People sometimes name each other in
                                      their own words, so read it through before sharing it

                Times are in UTC (ISO 8601); dates are as people entered them. The CSV files are RFC 4180 in UTF-8;
                a cell that a spreadsheet would run as a formula starts with an apostrophe, so that it is shown as
                text instead.
                """.formatted(report.name(), dates.date(report.applicationsClose()), dates.date(report.programmeStarts()),
                dates.date(report.programmeEnds()), dates.date(report.midPoint()), report.stage().label(),
                dates.dateTime(made));
    }

    private String applications(long cohortId) {
        return csv(APPLICATION_HEADERS, jdbc.sql("""
                        select username, side, directorate, applied_at, left_at, left_reason
                        from eia_mentoring_application where cohort_id = ? order by applied_at, id""")
                .param(cohortId)
                .query((rs, n) -> cells(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        instant(rs, 5), rs.getString(6)))
                .list());
    }

    private List<PairFile> pairs(long cohortId) {
        Map<Long, List<String>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.pair_id, c.left_username, c.joined_username, c.reason, c.changed_at
                        from eia_mentoring_pair_change c join eia_mentoring_pair p on p.id = c.pair_id
                        where p.cohort_id = ? order by c.changed_at, c.id""")
                .param(cohortId).query(rs -> {
                    String joined = rs.getString(3);
                    changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add("%s: %s left, %s (%s)".formatted(
                            instant(rs, 5), rs.getString(2), joined == null ? "nobody joined" : joined + " joined",
                            rs.getString(4)));
                });
        return jdbc.sql("""
                        select id, mentor, leader, score, status, contract, contract_agreed_by, contract_agreed_at,
                               closed_reason, ended_at,
                               (select max(c.changed_at) from eia_mentoring_pair_change c where c.pair_id = p.id)
                        from eia_mentoring_pair p where cohort_id = ? order by id""")
                .param(cohortId)
                .query((rs, n) -> new PairFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8), rs.getString(9), rs.getTimestamp(10),
                        rs.getTimestamp(11), changes.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private String meetings(long cohortId) {
        return csv(MEETING_HEADERS, jdbc.sql("""
                        select p.id, p.mentor, p.leader, m.met_on, m.minutes, m.topics, m.logged_by, m.logged_at
                        from eia_mentoring_meeting m join eia_mentoring_pair p on p.id = m.pair_id
                        where p.cohort_id = ? order by p.id, m.met_on, m.id""")
                .param(cohortId)
                .query((rs, n) -> cells(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getInt(5), rs.getString(6), rs.getString(7), instant(rs, 8)))
                .list());
    }

    private String coachingCalls(long cohortId) {
        return csv(COACHING_HEADERS, jdbc.sql("""
                        select p.id, p.mentor, p.leader, cc.reason, cc.requested_by, cc.requested_at, cc.call_date,
                               cc.held, cc.coach, cc.notes, cc.recorded_at
                        from eia_mentoring_coaching_call cc join eia_mentoring_pair p on p.id = cc.pair_id
                        where p.cohort_id = ? order by p.id, cc.requested_at, cc.id""")
                .param(cohortId)
                .query((rs, n) -> {
                    boolean held = rs.getBoolean(8);
                    String outcome = rs.wasNull() ? null : held ? "yes" : "no";
                    return cells(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            instant(rs, 6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), outcome,
                            rs.getString(9), rs.getString(10), instant(rs, 11));
                })
                .list());
    }

    private String feedback(long cohortId) {
        return csv(FEEDBACK_HEADERS, jdbc.sql("""
                        select p.id, f.username, f.stage, f.confidence, f.understanding, f.practice, f.satisfaction,
                               f.comments, f.given_at
                        from eia_mentoring_feedback f join eia_mentoring_pair p on p.id = f.pair_id
                        where p.cohort_id = ?
                        order by p.id, case when f.stage = 'MID' then 0 else 1 end, f.given_at, f.id""")
                .param(cohortId)
                .query((rs, n) -> cells(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8), instant(rs, 9)))
                .list());
    }

    /**
     * The words alone, under headings that say whose side they come from or when in the programme: nothing that
     * names a participant or which pair they were in.
     */
    private String booklet(CohortReport report) {
        List<Said> comments = jdbc.sql("""
                        select a.side, f.comments
                        from eia_mentoring_feedback f join eia_mentoring_pair p on p.id = f.pair_id
                        left join eia_mentoring_application a on a.cohort_id = p.cohort_id and a.username = f.username
                        where p.cohort_id = ? and f.stage = 'END' and f.comments is not null
                        order by f.given_at, f.id""")
                .param(report.cohortId())
                .query((rs, n) -> new Said(rs.getString(1), rs.getString(2))).list().stream()
                .filter(said -> !said.text().isBlank()).toList();
        List<Topics> topics = jdbc.sql("""
                        select m.met_on, m.topics
                        from eia_mentoring_meeting m join eia_mentoring_pair p on p.id = m.pair_id
                        where p.cohort_id = ? and m.topics is not null order by m.met_on, m.id""")
                .param(report.cohortId())
                .query((rs, n) -> new Topics(rs.getDate(1).toLocalDate(), rs.getString(2))).list().stream()
                .filter(topic -> !topic.text().isBlank()).toList();
        StringBuilder booklet = new StringBuilder();
        String title = "Reciprocal mentoring: " + report.name();
        booklet.append(title).append('\n').append("=".repeat(title.length())).append("\n\n")
                .append("A booklet of insights from the programme, %s to %s: what participants wrote in their feedback\n"
                        .formatted(dates.date(report.programmeStarts()), dates.date(report.programmeEnds())))
                .append("at the end, and the topics pairs talked about in their meetings, without names.\n");
        section(booklet, "What reverse mentors said at the end",
                texts(comments, said -> Participant.Side.REVERSE_MENTOR.name().equals(said.side()), Said::text));
        section(booklet, "What senior leaders said at the end",
                texts(comments, said -> Participant.Side.SENIOR_LEADER.name().equals(said.side()), Said::text));
        List<String> unplaced = texts(comments, said -> said.side() == null, Said::text);
        if (!unplaced.isEmpty()) {
            section(booklet, "What other participants said at the end", unplaced);
        }
        section(booklet, "What pairs talked about before the mid-point",
                texts(topics, topic -> topic.metOn().isBefore(report.midPoint()), Topics::text));
        section(booklet, "What pairs talked about from the mid-point on",
                texts(topics, topic -> !topic.metOn().isBefore(report.midPoint()), Topics::text));
        return booklet.toString();
    }

    private static <T> List<String> texts(List<T> items, Predicate<T> which, Function<T, String> text) {
        return items.stream().filter(which).map(text).toList();
    }

    private static void section(StringBuilder out, String heading, List<String> texts) {
        out.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        if (texts.isEmpty()) {
            out.append("Nothing was recorded.\n");
        }
        for (String text : texts) {
            out.append(indented("- ", text.strip())).append('\n');
        }
    }

    /** The contract as it was agreed, a question a line, with the form's words for the options chosen. */
    private String contract(PairFile pair) {
        Map<String, Object> answers = MentoringJson.read(pair.contract());
        StringBuilder text = new StringBuilder();
        text.append("Mentoring contract of pair ").append(pair.id()).append('\n')
                .append("Reverse mentor: ").append(pair.mentor()).append('\n')
                .append("Senior leader: ").append(pair.leader()).append('\n');
        if (pair.contractAgreedAt() != null) {
            text.append("Agreed by %s on %s (UK time)\n".formatted(Objects.toString(pair.contractAgreedBy(), "unknown"),
                    dates.dateTime(pair.contractAgreedAt().toInstant())));
            if (pair.lastChange() != null && pair.lastChange().after(pair.contractAgreedAt())) {
                text.append("A partner has changed since it was agreed: see pairs.csv\n");
            }
        }
        text.append('\n');
        Map<String, String> questions = new LinkedHashMap<>(CONTRACT_QUESTIONS);
        answers.keySet().stream().filter(key -> !questions.containsKey(key)).sorted()
                .forEach(key -> questions.put(key, key));
        questions.forEach((key, question) -> {
            if (answers.containsKey(key)) {
                text.append(indented(question + ": ", answer(key, answers.get(key)))).append('\n');
            }
        });
        return text.toString();
    }

    private String answer(String key, Object value) {
        if (value instanceof Boolean agreed) {
            return agreed ? "Yes" : "No";
        }
        if (value instanceof List<?> values) {
            return values.stream().map(one -> answer(key, one)).collect(Collectors.joining(", "));
        }
        String text = Objects.toString(value, "");
        return optionLabel(key, text).orElse(text);
    }

    private Optional<String> optionLabel(String key, String value) {
        return forms.find(MentoringForms.CONTRACT).stream().flatMap(form -> form.allComponents().stream())
                .filter(field -> key.equals(field.key()) && field.options() != null)
                .flatMap(field -> field.options().stream()).filter(option -> value.equals(option.value()))
                .map(FormComponent.Option::label).findFirst();
    }

    /** Usernames as they are, unless they hold a character some file systems refuse. */
    static String contractFileName(PairFile pair) {
        return "pair-%d-%s-%s.txt".formatted(pair.id(), safe(pair.mentor()), safe(pair.leader()));
    }

    private static String safe(String username) {
        return username.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The text after {@code lead}, its later lines lined up under its first. */
    private static String indented(String lead, String text) {
        return lead + text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n" + " ".repeat(lead.length()));
    }

    private static void entry(ZipOutputStream zip, Instant made, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(made.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String csv(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        CSVPrinter printer = CsvCells.printer(out);
        CsvCells.line(printer, headers);
        rows.forEach(row -> CsvCells.line(printer, row));
        return out.toString();
    }

    private static List<String> cells(Object... values) {
        return Arrays.stream(values).map(value -> Objects.toString(value, "")).toList();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Map<String, String> questions(String... keysAndQuestions) {
        Map<String, String> questions = new LinkedHashMap<>();
        for (int i = 0; i < keysAndQuestions.length; i += 2) {
            questions.put(keysAndQuestions[i], keysAndQuestions[i + 1]);
        }
        return Collections.unmodifiableMap(questions);
    }

    /** A pair as its files show it, with each change of partner already put into words. */
    record PairFile(long id, String mentor, String leader, int score, String status, String contract,
            String contractAgreedBy, Timestamp contractAgreedAt, String closedReason, Timestamp endedAt,
            Timestamp lastChange, List<String> changes) {

        List<String> row() {
            return cells(id, mentor, leader, score, status, contractAgreedAt == null ? null : contractAgreedAt.toInstant(),
                    contractAgreedBy, closedReason, endedAt == null ? null : endedAt.toInstant(), String.join("; ", changes));
        }
    }

    private record Said(String side, String text) {
    }

    private record Topics(LocalDate metOn, String text) {
    }
}
