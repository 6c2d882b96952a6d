package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

@Component("recordRejection")
class RecordRejection implements JavaDelegate {

    private final AssessmentService assessments;

    RecordRejection(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.rejected(ProcessVariables.assessmentId(execution));
    }
}
