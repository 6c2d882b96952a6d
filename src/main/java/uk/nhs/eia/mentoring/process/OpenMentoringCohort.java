package uk.nhs.eia.mentoring.process;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringProcess;

/**
 * Keeps the cohort opened by the start form, and gives the case the moments its timers wait for: applications close
 * at the end of their closing day; feedback is asked for on the morning of the mid-point and of the last day.
 */
@Component("openMentoringCohort")
class OpenMentoringCohort implements JavaDelegate {

    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final Cohorts cohorts;
    private final EngineForms forms;

    OpenMentoringCohort(Cohorts cohorts, EngineForms forms) {
        this.cohorts = cohorts;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = cohorts.open(forms.checkStart(execution).answers(), (String) execution.getVariable("openedBy"),
                execution.getProcessInstanceId());
        Cohort cohort = cohorts.cohort(id);
        execution.setVariable(MentoringProcess.COHORT_ID, id);
        execution.setVariable("applicationsCloseAt", at(cohort.applicationsClose().plusDays(1), LocalTime.MIDNIGHT));
        execution.setVariable("midPointAt", at(cohort.midPoint(), MORNING));
        execution.setVariable("programmeEndsAt", at(cohort.programmeEnds(), MORNING));
    }

    private static String at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ServerClock.ENGLAND).toOffsetDateTime().toString();
    }
}
