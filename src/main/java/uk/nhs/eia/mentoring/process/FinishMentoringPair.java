package uk.nhs.eia.mentoring.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.Pairs;

@Component("finishMentoringPair")
class FinishMentoringPair implements JavaDelegate {

    private final Pairs pairs;

    FinishMentoringPair(Pairs pairs) {
        this.pairs = pairs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pairs.finish(((Number) execution.getVariable(MentoringProcess.PAIR_ID)).longValue());
    }
}
