package uk.nhs.eia.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

/** Puts a fired reminder timer on the record's history, naming the step that is overdue. */
@Component("recordReminder")
class RecordReminder implements ExecutionListener {

    private final AssessmentService assessments;

    RecordReminder(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
        assessments.reminderDue(ProcessVariables.assessmentId(execution), timer.getAttachedTo().getName());
    }
}
