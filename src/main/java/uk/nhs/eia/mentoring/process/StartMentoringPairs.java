package uk.nhs.eia.mentoring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.Pairs;

@Component("startMentoringPairs")
class StartMentoringPairs implements JavaDelegate {

    private final Pairs pairs;

    StartMentoringPairs(Pairs pairs) {
        this.pairs = pairs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pairs.confirm(((Number) execution.getVariable(MentoringProcess.COHORT_ID)).longValue());
    }
}
