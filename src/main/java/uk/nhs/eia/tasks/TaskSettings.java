package uk.nhs.eia.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a step may take before its reminder fires, how much longer before it is escalated, both in working days,
 * and the bank holidays that do not count.
 */
@ConfigurationProperties("eia.tasks")
public record TaskSettings(@DefaultValue("10") int reminderAfterWorkingDays, @DefaultValue("5") int escalationAfterWorkingDays,
        @DefaultValue List<LocalDate> bankHolidays) {

    public WorkingDays workingDays() {
        return new WorkingDays(Set.copyOf(bankHolidays));
    }
}
