package uk.nhs.eia.contract.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;

/** A process model or forms edited in Camunda Modeler so that they no longer match the code stop the service starting. */
class ProcessContractCheckTest {

    private static final Set<String> FORMS = new FormCatalogue().all().stream().map(FormDefinition::id).collect(Collectors.toSet());

    @Test
    void theShippedProcessAndFormsMatchTheStepsTheServiceKnows() {
        assertThat(ProcessContractCheck.disagreements(model(), FORMS)).isEmpty();
    }

    @Test
    void aStepRemovedFromTheModelIsNamedWithTheFile() {
        BpmnModelInstance model = model();
        UserTask signOff = model.getModelElementById("SignOff");
        signOff.getParentElement().removeChildElement(signOff);

        assertThat(ProcessContractCheck.disagreements(model, FORMS))
                .containsExactly("processes/equality-impact-assessment.bpmn: there is no user task SignOff for the step \"Sign-off\"");
    }

    @Test
    void aStepGivenAnotherFormRenamedOrGivenToSomeoneElseIsNamed() {
        BpmnModelInstance model = model();
        UserTask review = model.getModelElementById("QualityReview");
        review.setCamundaFormRef("quality-review-v2");
        review.setName("QA");
        review.setCamundaCandidateGroups("approvers");

        assertThat(ProcessContractCheck.disagreements(model, FORMS)).containsExactlyInAnyOrder(
                "processes/equality-impact-assessment.bpmn: user task QualityReview is named \"QA\", not \"Quality review\"",
                "processes/equality-impact-assessment.bpmn: user task QualityReview shows form \"quality-review-v2\", not \"quality-review\"",
                "processes/equality-impact-assessment.bpmn: user task QualityReview must be offered to the candidate group equality-leads");
    }

    @Test
    void aStepTheServiceDoesNotKnowAndAMissingFormAreNamed() {
        BpmnModelInstance model = model();
        SubProcess round = model.getModelElementById("AssessmentInProgress");
        UserTask extra = model.newInstance(UserTask.class);
        extra.setId("CommunityPanel");
        extra.setName("Community panel");
        round.addChildElement(extra);
        Set<String> formsWithoutScreening = FORMS.stream().filter(id -> !id.equals(Step.SCREENING.formId())).collect(Collectors.toSet());

        assertThat(ProcessContractCheck.disagreements(model, formsWithoutScreening)).containsExactlyInAnyOrder(
                "forms/: no form has the id \"screening\", which step Screening shows",
                "processes/equality-impact-assessment.bpmn: user task CommunityPanel (\"Community panel\") is not a step the "
                        + "service knows; add it to uk.nhs.eia.contract.Step");
    }

    private static BpmnModelInstance model() {
        InputStream file = ProcessContractCheckTest.class.getClassLoader().getResourceAsStream(Step.PROCESS_FILE);
        return Bpmn.readModelFromStream(file);
    }
}
