package uk.nhs.eia.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How long a step may take before its reminder fires, how much longer before it is escalated, both in working days,
 * and where the bank holidays that do not count are read from: a file in GOV.UK's format and its division.
 */
@ConfigurationProperties("eia.tasks")
public record TaskSettings(@DefaultValue("10") int reminderAfterWorkingDays, @DefaultValue("5") int escalationAfterWorkingDays,
        @DefaultValue("classpath:bank-holidays.json") Resource bankHolidaysFile,
        @DefaultValue("england-and-wales") String bankHolidaysDivision) {
}
