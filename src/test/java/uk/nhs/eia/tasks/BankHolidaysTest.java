package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import uk.nhs.eia.tasks.BankHolidays.Holiday;

/** Bank holidays read from a file in the format GOV.UK publishes, so later years need a new file, not a release. */
class BankHolidaysTest {

    private final BankHolidays shipped = new BankHolidays(new ClassPathResource("bank-holidays.json"), "england-and-wales");

    @Test
    void theShippedFileHasEnglandAndWalesEightHolidaysEachYearUntil2028() {
        IntStream.rangeClosed(2025, 2028).forEach(year -> assertThat(shipped.all())
                .filteredOn(holiday -> holiday.date().getYear() == year).as("%d", year).hasSize(8));
        assertThat(shipped.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 26));
    }

    @Test
    void substituteDaysForAChristmasOnASaturdayAreTheMondayAndTuesdayAfter() {
        assertThat(shipped.all()).filteredOn(holiday -> holiday.date().getYear() == 2027 && holiday.date().getMonthValue() == 12)
                .extracting(Holiday::date, Holiday::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 27), "Substitute day"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 28), "Substitute day"));
    }

    @Test
    void dueDatesSkipTheHolidaysInTheFile() {
        assertThat(shipped.workingDays().after(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void theDivisionChosenIsReadAndTheOthersAreNot() {
        BankHolidays scotland = new BankHolidays(file("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "St Andrew’s Day", "date": "2029-11-30", "notes": "", "bunting": true}]}}
                """), "scotland");

        assertThat(scotland.all()).extracting(Holiday::title).containsExactly("St Andrew’s Day");
    }

    @Test
    void aFileWithABadDateStopsTheStartNamingTheEvent() {
        assertThatThrownBy(() -> new BankHolidays(file("""
                {"england-and-wales": {"events": [{"title": "Christmas Day", "date": "25/12/2029"}]}}
                """), "england-and-wales"))
                .hasMessageContaining("event 1").hasMessageContaining("25/12/2029").hasMessageContaining("2027-12-27");
    }

    @Test
    void aFileWithoutTheDivisionStopsTheStartSayingWhatIsMissing() {
        assertThatThrownBy(() -> new BankHolidays(file("{\"scotland\": {\"events\": []}}"), "england-and-wales"))
                .hasMessageContaining("no \"england-and-wales\" division");
    }

    @Test
    void aFileThatIsNotJsonStopsTheStart() {
        assertThatThrownBy(() -> new BankHolidays(file("<html>Not found</html>"), "england-and-wales"))
                .hasMessageContaining("cannot be read");
    }

    private static ByteArrayResource file(String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "a test bank holidays file");
    }
}
