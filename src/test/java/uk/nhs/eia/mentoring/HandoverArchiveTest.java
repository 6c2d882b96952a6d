package uk.nhs.eia.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.mentoring.CohortReportTest.Fixture;
import uk.nhs.eia.refusal.NotFound;

/** The handover archive of the cohort that {@link Fixture} writes, read back entry by entry. */
@EiaSpringBootTest
@Transactional
class HandoverArchiveTest {

    @Autowired
    HandoverArchive archive;
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
    void theArchiveHoldsItsFilesInFoldersInAFixedOrder() throws IOException {
        Map<String, String> entries = entries(fixture.cohort);

        // cat and ned agreed no contract, so their pair has no file
        assertThat(entries.keySet()).containsExactly("README.txt", "report.csv", "applications.csv", "pairs.csv",
                "contracts/pair-%d-ada-leo.txt".formatted(fixture.adaLeo),
                "contracts/pair-%d-bea-oli.txt".formatted(fixture.beaOli),
                "meetings.csv", "coaching-calls.csv", "feedback.csv", "booklet/insights.txt");
    }

    @Test
    void twoArchivesOfUnchangedRecordsDifferOnlyInWhenTheyWereMade() throws IOException {
        Map<String, String> first = entries(fixture.cohort);
        Map<String, String> second = entries(fixture.cohort);

        first.remove("README.txt");
        second.remove("README.txt");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theReadmeNamesTheCohortItsDatesAndEachFile() throws IOException {
        String readme = entries(fixture.cohort).get("README.txt");

        assertThat(readme).startsWith("Reciprocal mentoring: Spring 2027\n")
                .contains("Applications closed  1 December 2026")
                .contains("Programme            10 January 2027 to 1 July 2027, with mid-point feedback due on 1 April 2027")
                .contains("Stage                Running")
                .containsPattern("Archive made         \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} \\(UK time\\)")
                .contains("report.csv", "applications.csv", "pairs.csv", "contracts/", "meetings.csv",
                        "coaching-calls.csv", "feedback.csv", "booklet/insights.txt");
    }

    @Test
    void theReportInTheArchiveIsTheCohortsCsv() throws IOException {
        assertThat(entries(fixture.cohort).get("report.csv")).isEqualTo(reports.csvOf(fixture.cohort));
    }

    @Test
    void applicationsAreListedWithoutTheirSurveyAnswers() throws IOException {
        Map<String, String> entries = entries(fixture.cohort);
        List<CSVRecord> applications = CohortReportTest.parse(entries.get("applications.csv"));

        assertThat(applications.get(0).toList()).containsExactly("username", "side", "directorate", "appliedAt",
                "leftAt", "leftReason");
        assertThat(applications).hasSize(9);
        assertThat(applications).extracting(CSVRecord::toList).contains(
                List.of("max", "SENIOR_LEADER", "digital", "2026-11-15T09:00:00Z", "2027-03-19T09:00:00Z", "Left the trust"),
                List.of("ada", "REVERSE_MENTOR", "digital", "2026-11-15T09:00:00Z", "", ""));
        assertThat(entries.values()).noneMatch(text -> text.contains("Private words") || text.contains("Quiet"));
    }

    @Test
    void pairsSayWhoReplacedWhomAndWhyAPairClosed() throws IOException {
        List<CSVRecord> pairs = CohortReportTest.parse(entries(fixture.cohort).get("pairs.csv"));

        assertThat(pairs.get(0).toList()).containsExactly("pairId", "mentor", "leader", "score", "status",
                "contractAgreedAt", "contractAgreedBy", "closedReason", "endedAt", "partnerChanges");
        assertThat(pairs).extracting(CSVRecord::toList).containsExactly(pairs.get(0).toList(),
                List.of(String.valueOf(fixture.adaLeo), "ada", "leo", "7", "FINISHED", "2027-01-12T10:00:00Z", "ada", "",
                        "2027-06-30T17:00:00Z", ""),
                List.of(String.valueOf(fixture.beaOli), "bea", "oli", "5", "CONFIRMED", "2027-01-14T10:00:00Z", "max", "",
                        "", "2027-03-20T09:00:00Z: max left, oli joined (Left the trust)"),
                List.of(String.valueOf(fixture.catNed), "cat", "ned", "4", "CLOSED", "", "",
                        "cat left (Workload) and nobody free could be paired with ned", "2027-06-30T17:00:00Z",
                        "2027-05-10T09:00:00Z: cat left, nobody joined (Workload)"));
    }

    @Test
    void eachContractReadsAsQuestionsAndAnswersInTheFormsWords() throws IOException {
        Map<String, String> entries = entries(fixture.cohort);

        assertThat(entries.get("contracts/pair-%d-ada-leo.txt".formatted(fixture.adaLeo))).isEqualTo("""
                Mentoring contract of pair %d
                Reverse mentor: ada
                Senior leader: leo
                Agreed by ada on 12 January 2027, 10:00 (UK time)

                Meeting frequency: Every month
                Meeting format: Online
                Ground rules: Cameras on.
                              No phones.
                Hopes to learn: How decisions are made
                Confidentiality agreed: Yes
                """.formatted(fixture.adaLeo));
        assertThat(entries.get("contracts/pair-%d-bea-oli.txt".formatted(fixture.beaOli)))
                .contains("Agreed by max on 14 January 2027, 10:00 (UK time)\n"
                        + "A partner has changed since it was agreed: see pairs.csv\n")
                .contains("Meeting frequency: Every 2 weeks\nMeeting format: In person\n")
                .doesNotContain("Hopes to learn");
    }

    @Test
    void meetingsCoachingCallsAndFeedbackAreListedWithFormulaeMadeInert() throws IOException {
        Map<String, String> entries = entries(fixture.cohort);

        List<CSVRecord> meetings = CohortReportTest.parse(entries.get("meetings.csv"));
        assertThat(meetings).hasSize(5);
        assertThat(meetings).extracting(CSVRecord::toList).contains(List.of(String.valueOf(fixture.beaOli), "bea", "oli",
                "2027-04-10", "30", "'@everyone: speaking up\nand being heard", "bea", "2027-04-10T18:00:00Z"));

        List<CSVRecord> calls = CohortReportTest.parse(entries.get("coaching-calls.csv"));
        assertThat(calls).extracting(call -> call.get(0) + " " + call.get(7))
                .containsExactly("pairId held", fixture.adaLeo + " yes", fixture.beaOli + " no", fixture.beaOli + " ");

        List<CSVRecord> feedback = CohortReportTest.parse(entries.get("feedback.csv"));
        assertThat(feedback).hasSize(10);
        assertThat(feedback.get(0).toList()).containsExactly("pairId", "username", "stage", "confidence",
                "understanding", "practice", "satisfaction", "comments", "givenAt");
        assertThat(feedback).extracting(CSVRecord::toList).contains(List.of(String.valueOf(fixture.adaLeo), "leo", "END",
                "5", "5", "4", "5", "It changed how I chair meetings", "2027-07-01T09:00:00Z"));
        assertThat(String.join("", entries.values())).doesNotContain("Elsewhere");
    }

    @Test
    void theBookletGathersWhatPeopleSaidAndTalkedAboutWithoutNames() throws IOException {
        String booklet = entries(fixture.cohort).get("booklet/insights.txt");

        assertThat(booklet).isEqualTo("""
                Reciprocal mentoring: Spring 2027
                =================================

                A booklet of insights from the programme, 10 January 2027 to 1 July 2027: what participants wrote in their feedback
                at the end, and the topics pairs talked about in their meetings, without names.

                What reverse mentors said at the end
                ------------------------------------
                - I was heard.
                  And I learned to listen.

                What senior leaders said at the end
                -----------------------------------
                - It changed how I chair meetings

                What pairs talked about before the mid-point
                --------------------------------------------
                - Being the only one in the room

                What pairs talked about from the mid-point on
                ---------------------------------------------
                - @everyone: speaking up
                  and being heard
                - Recruitment panels
                """);
        assertThat(booklet).doesNotContainPattern("\\b(ada|bea|cat|dan|leo|max|ned|oli)\\b");
    }

    @Test
    void theArchiveOfACohortThatDoesNotExistIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> archive.write(-1, out)).isInstanceOf(NotFound.class);
        assertThat(out.size()).isZero();
    }

    private Map<String, String> entries(long cohortId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.write(cohortId, out);
        Map<String, String> entries = new LinkedHashMap<>();
        Set<Long> times = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                times.add(entry.getTime());
            }
        }
        assertThat(times).as("every entry is stamped with the time the archive was made").hasSize(1);
        return entries;
    }
}
