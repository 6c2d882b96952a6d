package uk.nhs.eia.mentoring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringProcess;

@Component("finishMentoringCohort")
class FinishMentoringCohort implements JavaDelegate {

    private final Cohorts cohorts;

    FinishMentoringCohort(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cohorts.finish(((Number) execution.getVariable(MentoringProcess.COHORT_ID)).longValue());
    }
}
