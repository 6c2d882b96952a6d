package uk.nhs.eia.tasks.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.nhs.eia.tasks.TaskSettings;

/**
 * The due date of every user task and the moment its reminder fires, used as {@code ${taskDeadlines.due()}} in
 * the process model. It reads the engine's clock so that tests can move time forward.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

    private final TaskSettings settings;

    TaskDeadlines(TaskSettings settings) {
        this.settings = settings;
    }

    public Date due() {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ENGLAND);
        LocalDate dueDay = settings.workingDays().after(today, settings.reminderAfterWorkingDays());
        return Date.from(dueDay.atTime(END_OF_WORKING_DAY).atZone(ENGLAND).toInstant());
    }
}
