package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

@Component("publishAssessment")
class PublishAssessment implements JavaDelegate {

    private final AssessmentService assessments;

    PublishAssessment(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.published(ProcessVariables.assessmentId(execution), ProcessVariables.date(execution, "reviewDate"));
    }
}
