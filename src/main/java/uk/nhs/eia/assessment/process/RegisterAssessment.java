package uk.nhs.eia.assessment.process;

import static uk.nhs.eia.assessment.process.ProcessVariables.answer;
import static uk.nhs.eia.assessment.process.ProcessVariables.date;
import static uk.nhs.eia.assessment.process.ProcessVariables.text;
import static uk.nhs.eia.contract.Question.CHANGE_KIND;
import static uk.nhs.eia.contract.Question.DECISION_MAKER;
import static uk.nhs.eia.contract.Question.DIRECTORATE;
import static uk.nhs.eia.contract.Question.PLANNED_DECISION_DATE;
import static uk.nhs.eia.contract.Question.PROPOSAL_TYPE;
import static uk.nhs.eia.contract.Question.TEAM;
import static uk.nhs.eia.contract.Question.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.ProposalDetails;
import uk.nhs.eia.contract.Step;
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
        var proposal = new ProposalDetails(answer(execution, TITLE), answer(execution, PROPOSAL_TYPE),
                answer(execution, CHANGE_KIND), answer(execution, DIRECTORATE), answer(execution, TEAM),
                text(execution, Step.AUTHOR_VARIABLE), answer(execution, DECISION_MAKER), date(execution, PLANNED_DECISION_DATE));
        FormSubmission details = forms.checkStart(execution);
        AssessmentView assessment = assessments.register(proposal, execution.getProcessInstanceId(), details);
        forms.release(execution, details);
        execution.setVariable(ProcessVariables.ASSESSMENT_ID, assessment.getId());
        execution.setVariable(ProcessVariables.REFERENCE, assessment.getReference());
        execution.setProcessBusinessKey(assessment.getReference());
    }
}
