package uk.nhs.eia.contract.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormSchemaReader;

/**
 * A process model, decision or forms edited in Camunda Modeler so that they no longer match the code stop the
 * service starting.
 */
class ProcessContractCheckTest {

    private static final Set<String> FORMS = new FormCatalogue().all().stream().map(FormDefinition::id).collect(Collectors.toSet());
    private static final String ACTION_PLAN = Step.ACTION_PLAN_AND_OUTCOME.formId();
    private static final String DECISION_FILE = "processes/screening-decision.dmn";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void theShippedFormsAskEveryQuestionAndOfferEveryChoiceTheCodeKnows() {
        assertThat(AnswersOnForms.disagreements(new FormCatalogue().all())).isEmpty();
    }

    @Test
    void aQuestionRenamedOnItsFormIsNamedWithTheFileAndTheKey() {
        List<FormDefinition> forms = formsWith(ACTION_PLAN, form -> component(form, "outcome").put("key", "decision"));

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly(
                "forms/action-plan-and-outcome.form: there is no question \"outcome\" for Question.OUTCOME");
    }

    @Test
    void aColumnMovedOutOfItsDynamicListIsNamed() {
        List<FormDefinition> forms = formsWith(ACTION_PLAN, form -> {
            ArrayNode columns = (ArrayNode) component(form, "actions").get("components");
            JsonNode owner = columns.remove(indexOf(columns, "owner"));
            ((ArrayNode) form.get("components")).add(owner);
        });

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly("forms/action-plan-and-outcome.form: \"owner\" "
                + "is outside the dynamic list \"actions\", but Question.ACTION_OWNER is one of its columns");
    }

    @Test
    void aGroupsQuestionRenamedIsNamed() {
        List<FormDefinition> forms = formsWith("impact-assessment", form -> component(form, "carersRationale")
                .put("key", "carersReason"));

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly(
                "forms/impact-assessment.form: there is no question \"carersRationale\" for ImpactGroup.CARERS");
    }

    @Test
    void anOptionRemovedFromItsQuestionIsNamedWithTheFileTheKeyAndTheValue() {
        List<FormDefinition> forms = formsWith(ACTION_PLAN, form -> {
            ArrayNode options = (ArrayNode) component(form, "outcome").get("values");
            options.remove(indexOf(options, "continue-despite-impact"));
        });

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly("forms/action-plan-and-outcome.form: the question "
                + "\"outcome\" does not offer \"continue-despite-impact\" for Choice.OUTCOME_CONTINUE_DESPITE_IMPACT");
    }

    @Test
    void anImpactRatingRemovedFromOneGroupIsNamedForThatGroup() {
        List<FormDefinition> forms = formsWith("impact-assessment", form -> {
            ArrayNode options = (ArrayNode) component(form, "raceImpact").get("values");
            options.remove(indexOf(options, "not-known"));
        });

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly("forms/impact-assessment.form: the question "
                + "\"raceImpact\" does not offer \"not-known\" for Choice.IMPACT_NOT_KNOWN");
    }

    @Test
    void aMissingFormOutsideTheStepsIsNamed() {
        List<FormDefinition> forms = new FormCatalogue().all().stream()
                .filter(form -> !form.id().equals(Question.TRAINING_FEEDBACK_FORM)).toList();

        assertThat(AnswersOnForms.disagreements(forms)).containsExactly("forms/: no form has the id \"training-feedback\", "
                + "which asks Question.SATISFACTION, Question.PACE, Question.LENGTH");
    }

    @Test
    void theShippedDecisionsReadOnlyAnswersTheFormsHave() {
        assertThat(DecisionInputs.disagreements(DECISION_FILE, decisions(), new FormCatalogue().all())).isEmpty();
    }

    @Test
    void aDecisionInputNamingAKeyNoFormHasAndAValueNoFormOffersAreNamed() {
        DmnModelInstance decisions = decisions();
        Input vulnerability = decisions.getModelElementById("Input_7");
        vulnerability.getInputExpression().getText().setTextContent("vulnerable");
        InputEntry budget = decisions.getModelElementById("Rule_1_Input_1");
        budget.getText().setTextContent("\"savings\"");

        assertThat(DecisionInputs.disagreements(DECISION_FILE, decisions, new FormCatalogue().all())).containsExactly(
                "processes/screening-decision.dmn: input \"Vulnerability of those affected\" of decision screening-decision "
                        + "reads \"vulnerable\", which no form asks",
                "processes/screening-decision.dmn: rule Rule_1 of decision screening-decision tests \"proposalType\" for "
                        + "\"savings\", which no form offers for it");
    }

    @Test
    void theShippedModelRoutesOnlyOnAnswersAndOptionsTheFormsHave() {
        assertThat(ModelConditions.disagreements(Step.PROCESS_FILE, model(), new FormCatalogue().all())).isEmpty();
    }

    @Test
    void aQuestionOrAnOptionTheModelRoutesOnThatIsRenamedOnItsFormIsNamedWithTheFlow() {
        List<FormDefinition> renamedKey = formsWith(Step.QUALITY_REVIEW.formId(),
                form -> component(form, "qualityReviewDecision").put("key", "decision"));
        List<FormDefinition> renamedOption = formsWith(Step.CONFIRM_SCREENING_OUT.formId(), form -> {
            ObjectNode agree = (ObjectNode) component(form, "screeningOutDecision").get("values").get(0);
            agree.put("value", "agreed");
        });

        assertThat(ModelConditions.disagreements(Step.PROCESS_FILE, model(), renamedKey)).containsExactlyInAnyOrder(
                "processes/equality-impact-assessment.bpmn: the condition of flow Flow_QualityReviewDecision_to_SignOff "
                        + "reads \"qualityReviewDecision\", which no form asks and the model does not set",
                "processes/equality-impact-assessment.bpmn: the condition of flow "
                        + "Flow_QualityReviewDecision_to_QualityReviewReturnTo reads \"qualityReviewDecision\", which no "
                        + "form asks and the model does not set");
        assertThat(ModelConditions.disagreements(Step.PROCESS_FILE, model(), renamedOption)).singleElement()
                .asString().contains("tests \"screeningOutDecision\" for \"agree\", which no form offers for it");
    }

    /** The shipped forms, with a copy of {@code formId} changed as a form author might in Camunda Modeler. */
    private static List<FormDefinition> formsWith(String formId, Consumer<ObjectNode> change) {
        String source = formId + ".form";
        try (InputStream file = ProcessContractCheckTest.class.getClassLoader().getResourceAsStream("forms/" + source)) {
            ObjectNode form = (ObjectNode) JSON.readTree(file);
            change.accept(form);
            FormDefinition changed = new FormSchemaReader().read(source, new ByteArrayInputStream(JSON.writeValueAsBytes(form)));
            return new FormCatalogue().all().stream().map(shipped -> shipped.id().equals(formId) ? changed : shipped).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component of the form with this key (or, for a dynamic list, this path), wherever it is. */
    private static ObjectNode component(JsonNode parent, String key) {
        for (JsonNode child : parent.path("components")) {
            if (key.equals(child.path("key").asText(null)) || key.equals(child.path("path").asText(null))) {
                return (ObjectNode) child;
            }
            ObjectNode inside = component(child, key);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** Where in {@code array} the component with this key, or the option with this value, is. */
    private static int indexOf(ArrayNode array, String keyOrValue) {
        for (int i = 0; i < array.size(); i++) {
            if (keyOrValue.equals(array.get(i).path("key").asText(null)) || keyOrValue.equals(array.get(i).path("value").asText(null))) {
                return i;
            }
        }
        throw new IllegalArgumentException(keyOrValue + " is not in " + array);
    }

    private static DmnModelInstance decisions() {
        return Dmn.readModelFromStream(ProcessContractCheckTest.class.getClassLoader().getResourceAsStream(DECISION_FILE));
    }

    private static BpmnModelInstance model() {
        InputStream file = ProcessContractCheckTest.class.getClassLoader().getResourceAsStream(Step.PROCESS_FILE);
        return Bpmn.readModelFromStream(file);
    }
}
