package uk.nhs.eia.tasks.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.nhs.eia.tasks.BankHolidays;
import uk.nhs.eia.tasks.TaskSettings;

/**
 * The due date of every user task, when its reminder fires ({@code ${taskDeadlines.due()}}) and when it is escalated
 * ({@code ${taskDeadlines.escalation()}}) in
 * the process model. It reads the engine's clock so that tests can move time forward.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    private final TaskSettings settings;
    private final BankHolidays holidays;

    TaskDeadlines(TaskSettings settings, BankHolidays holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    public Date due() {
        return endOfWorkingDay(settings.reminderAfterWorkingDays());
    }

    /** When a step still open goes back to its team's queue and the equality leads hear of it. */
    public Date escalation() {
        return endOfWorkingDay(settings.reminderAfterWorkingDays() + settings.escalationAfterWorkingDays());
    }

    private Date endOfWorkingDay(int workingDaysFromToday) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ENGLAND);
        LocalDate day = holidays.workingDays().after(today, workingDaysFromToday);
        return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(ENGLAND).toInstant());
    }
}
