package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

/** Keeps the screening decision and its plain-English reason on the record. */
@Component("recordScreeningDecision")
class RecordScreeningDecision implements ExecutionListener {

    private final AssessmentService assessments;

    RecordScreeningDecision(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        assessments.screeningDecided(ProcessVariables.assessmentId(execution),
                Boolean.TRUE.equals(execution.getVariable("fullAssessmentRequired")),
                ProcessVariables.text(execution, "screeningReason"));
    }
}
