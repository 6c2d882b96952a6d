package uk.nhs.eia.assessment.process;

import static uk.nhs.eia.assessment.process.ProcessVariables.date;
import static uk.nhs.eia.assessment.process.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.Assessment;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.ProposalDetails;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.forms.process.EngineForms;

/** Creates the record from the start form and gives the process its reference as business key. */
@Component("registerAssessment")
class RegisterAssessment implements JavaDelegate {

    private final AssessmentService assessments;
    private final EngineForms forms;

    RegisterAssessment(AssessmentService assessments, EngineForms forms) {
        this.assessments = assessments;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var proposal = new ProposalDetails(text(execution, "title"), text(execution, "proposalType"),
                text(execution, "changeKind"), text(execution, "directorate"), text(execution, "team"),
                text(execution, "author"), text(execution, "decisionMaker"), date(execution, "plannedDecisionDate"));
        FormSubmission details = forms.checkStart(execution);
        Assessment assessment = assessments.register(proposal, execution.getProcessInstanceId(), details);
        forms.release(execution, details);
        execution.setVariable(ProcessVariables.ASSESSMENT_ID, assessment.getId());
        execution.setVariable(ProcessVariables.REFERENCE, assessment.getReference());
        execution.setProcessBusinessKey(assessment.getReference());
    }
}
