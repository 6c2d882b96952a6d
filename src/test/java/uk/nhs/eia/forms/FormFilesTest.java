package uk.nhs.eia.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.demo.DemoAnswers;

/** The form files in forms/: each parses, uses only what Tasklist renders, and every formRef finds its form. */
class FormFilesTest {

    /**
     * Forms our own pages and API fill in without a process step: a delegate's training feedback is kept by the
     * training module, and no task ever asks for it. Any other form no step names is one left behind.
     */
    static final Set<String> USED_OUTSIDE_THE_PROCESS = Set.of("training-feedback", "mentoring-application", "mentoring-meeting",
            "mentoring-coaching-request");

    private final FormCatalogue catalogue = new FormCatalogue();

    @Test
    void everyStepOfTheProcessesHasADeployedFormWithTheSameIdAndTheBindingTasklistNeeds() throws Exception {
        List<String> references = new java.util.ArrayList<>();
        for (String process : List.of("/processes/equality-impact-assessment.bpmn", "/processes/reciprocal-mentoring.bpmn")) {
            BpmnModelInstance model;
            try (InputStream bpmn = getClass().getResourceAsStream(process)) {
                model = Bpmn.readModelFromStream(bpmn);
            }
            model.getModelElementsByType(UserTask.class).forEach(task -> {
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                references.add(task.getCamundaFormRef());
            });
            StartEvent start = model.getModelElementsByType(StartEvent.class).stream()
                    .filter(event -> event.getCamundaFormRef() != null).findFirst().orElseThrow();
            references.add(start.getCamundaFormRef());
        }

        assertThat(references).allSatisfy(ref -> assertThat(catalogue.find(ref)).as("form " + ref).isPresent());
        assertThat(catalogue.all()).extracting(FormDefinition::id).filteredOn(id -> !USED_OUTSIDE_THE_PROCESS.contains(id))
                .containsExactlyInAnyOrderElementsOf(Set.copyOf(references));
        assertThat(USED_OUTSIDE_THE_PROCESS).allSatisfy(id -> assertThat(references).doesNotContain(id))
                .allSatisfy(id -> assertThat(catalogue.find(id)).as("form " + id).isPresent());
    }

    @Test
    void trainingFeedbackAsksForSatisfactionPaceAndLengthAndLeavesTheCommentsOptional() {
        FormDefinition form = catalogue.find("training-feedback").orElseThrow();

        assertThat(component("training-feedback", "satisfaction").options()).extracting(FormComponent.Option::value)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(component("training-feedback", "pace").options()).extracting(FormComponent.Option::value)
                .containsExactly("too-slow", "about-right", "too-fast");
        assertThat(component("training-feedback", "length").options()).extracting(FormComponent.Option::value)
                .containsExactly("too-short", "about-right", "too-long");
        assertThat(form.allComponents()).filteredOn(FormComponent::required).extracting(FormComponent::key)
                .containsExactly("satisfaction", "pace", "length");
        assertThat(form.commentFields()).extracting(FormComponent::key)
                .containsExactly("paceAndLengthComment", "whatHelped", "whatToChange");
    }

    @Test
    void theImpactAssessmentAsksAboutEveryCharacteristicAndHealthInequalityGroup() {
        FormDefinition form = catalogue.find("impact-assessment").orElseThrow();
        Set<String> keys = keysOf(form);

        for (String prefix : DemoAnswers.CHARACTERISTICS) {
            assertThat(keys).contains(prefix + "Impact", prefix + "Rationale", prefix + "Evidence", prefix + "Aims");
        }
        for (String prefix : DemoAnswers.HEALTH_INEQUALITY_GROUPS) {
            assertThat(keys).contains(prefix + "Impact", prefix + "Rationale", prefix + "Evidence");
        }
        assertThat(keys).contains("aimEliminateDiscrimination", "aimAdvanceEquality", "aimFosterRelations",
                "accessImpact", "outcomesImpact", "intersectionalImpact", "humanRights", "digitalBias");
    }

    @Test
    void everyImpactTheFormRatesIsOneTheReportsKnow() {
        Set<String> rated = keysOf(catalogue.find("impact-assessment").orElseThrow()).stream()
                .filter(key -> key.endsWith("Impact") && !key.equals("accessImpact") && !key.equals("outcomesImpact")
                        && !key.equals("intersectionalImpact"))
                .map(key -> key.substring(0, key.length() - "Impact".length()))
                .collect(Collectors.toSet());

        assertThat(rated).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ImpactGroup.values()).map(ImpactGroup::key).toList());
    }

    @Test
    void marriageAndCivilPartnershipIsAskedOnlyAgainstTheFirstAimOfTheDuty() {
        FormComponent aims = component("impact-assessment", "marriageCivilPartnershipAims");

        assertThat(aims.options()).extracting(FormComponent.Option::value).containsExactly("eliminate-discrimination");
        assertThat(component("impact-assessment", "ageAims").options()).hasSize(3);
    }

    @Test
    void theJustificationIsShownOnlyForContinuingDespiteAnAdverseImpact() {
        assertThat(component("action-plan-and-outcome", "justification").hideWhen())
                .isEqualTo("=outcome != \"continue-despite-impact\"");
        assertThat(component("action-plan-and-outcome", "outcome").options()).extracting(FormComponent.Option::value)
                .containsExactly("no-major-change", "adjust", "continue-despite-impact", "stop");
    }

    @Test
    void signOffAsksForTheDueRegardAttestationWhenApproving() {
        FormComponent attestation = component("sign-off", "dueRegardAttestation");

        assertThat(attestation.type()).isEqualTo(ComponentType.CHECKBOX);
        assertThat(attestation.required()).isTrue();
        assertThat(attestation.label()).contains("due regard").contains("health inequalities");
        assertThat(attestation.hideWhen()).isEqualTo("=signOffDecision != \"approve\"");
    }

    @Test
    void actionsAreADynamicListWithOwnerDueDateMeasureAndStatus() {
        FormComponent actions = catalogue.find("action-plan-and-outcome").orElseThrow().allComponents().stream()
                .filter(c -> "actions".equals(c.path())).findFirst().orElseThrow();

        assertThat(actions.type()).isEqualTo(ComponentType.DYNAMIC_LIST);
        assertThat(actions.components()).extracting(FormComponent::key)
                .containsExactly("action", "owner", "dueDate", "successMeasure", "status");
    }

    @Test
    void anUnsupportedComponentIsRefusedNamingTheFileAndComponent() {
        String schema = """
                {"id": "broken", "components": [{"id": "Field_upload", "type": "filepicker", "key": "upload"}]}""";

        assertThatThrownBy(() -> read("broken.form", schema))
                .isInstanceOf(FormSchemaException.class)
                .hasMessage("Form broken.form, component Field_upload: type \"filepicker\" is not one that Camunda 7.24 Tasklist renders");
    }

    @Test
    void aFormWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> read("nameless.form", "{\"components\": []}"))
                .hasMessageContaining("nameless.form").hasMessageContaining("has no \"id\"");
    }

    @Test
    void brokenJsonIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> read("broken.form", "{\"id\": "))
                .hasMessageContaining("broken.form").hasMessageContaining("is not valid JSON");
    }

    private static FormDefinition read(String source, String schema) {
        return new FormSchemaReader().read(source, new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)));
    }

    private FormComponent component(String formId, String key) {
        return catalogue.find(formId).orElseThrow().allComponents().stream()
                .filter(c -> key.equals(c.key())).findFirst().orElseThrow();
    }

    private static Set<String> keysOf(FormDefinition form) {
        return form.allComponents().stream().map(FormComponent::key).filter(k -> k != null).collect(Collectors.toSet());
    }
}
