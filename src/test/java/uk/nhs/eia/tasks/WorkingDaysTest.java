package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    @Test
    void tenWorkingDaysFromAMondayIsTheFridayOfTheNextWeekButOne() {
        assertThat(workingDays.after(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void weekendsDoNotCount() {
        assertThat(workingDays.after(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void bankHolidaysDoNotCount() {
        assertThat(workingDays.after(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
