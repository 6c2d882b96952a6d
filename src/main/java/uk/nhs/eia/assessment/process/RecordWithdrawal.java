package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final AssessmentService assessments;

    RecordWithdrawal(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.withdrawn(ProcessVariables.assessmentId(execution), ProcessVariables.text(execution, "withdrawalReason"));
    }
}
