package uk.nhs.eia.contract.process;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.contract.ProcessContract;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.roles.Groups;

/**
 * Refuses to start the service when the process model, the decisions or the forms no longer agree with what the
 * code knows of them: a {@link Step} removed, renamed, given another form or another person, or a step added that
 * the code does not know; a form missing; a {@link Question}, an {@link ImpactGroup}'s question or a
 * {@link Choice} the forms no longer have (see {@link AnswersOnForms}); a decision reading an answer no form asks
 * (see {@link DecisionInputs}); a gateway's condition reading one, or testing for an option no form offers
 * (see {@link ModelConditions}). Each disagreement names the file and the key.
 */
@Component
class ProcessContractCheck implements InitializingBean, ProcessContract {

    /** The decision tables the engine deploys with the process, which read the answers it carries. */
    private static final String DECISIONS = "classpath*:processes/*.dmn";

    private final FormCatalogue forms;

    ProcessContractCheck(FormCatalogue forms) {
        this.forms = forms;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream model = getClass().getClassLoader().getResourceAsStream(Step.PROCESS_FILE)) {
            if (model == null) {
                throw new IllegalStateException(Step.PROCESS_FILE + " is not on the class path");
            }
            files.put(Step.PROCESS_FILE, model.readAllBytes());
        }
        for (Resource decisions : new PathMatchingResourcePatternResolver().getResources(DECISIONS)) {
            try (InputStream table = decisions.getInputStream()) {
                files.put("processes/" + decisions.getFilename(), table.readAllBytes());
            }
        }
        List<String> disagreements = disagreements(files, forms.all());
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("The process model, decisions and forms do not match what the service "
                    + "knows of them:\n  " + String.join("\n  ", disagreements));
        }
    }

    @Override
    public List<String> disagreements(Map<String, byte[]> files, Collection<FormDefinition> forms) {
        Map.Entry<String, BpmnModelInstance> assessment = null;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.getValue()));
                if (model.getModelElementById(Step.PROCESS_KEY) instanceof Process) {
                    assessment = Map.entry(file.getKey(), model);
                }
            }
        }
        if (assessment == null) {
            return List.of();
        }
        Set<String> formIds = forms.stream().map(FormDefinition::id).collect(Collectors.toSet());
        List<String> disagreements = new ArrayList<>(disagreements(assessment.getValue(), formIds));
        disagreements.addAll(ModelConditions.disagreements(assessment.getKey(), assessment.getValue(), forms));
        disagreements.addAll(AnswersOnForms.disagreements(forms));
        files.forEach((name, content) -> {
            if (name.endsWith(".dmn")) {
                disagreements.addAll(DecisionInputs.disagreements(name, Dmn.readModelFromStream(
                        new ByteArrayInputStream(content)), forms));
            }
        });
        return disagreements;
    }

    /** Every way the model and the forms disagree with the steps, each naming the file and the key; empty when none. */
    static List<String> disagreements(BpmnModelInstance model, Collection<String> formIds) {
        List<String> found = new ArrayList<>();
        Process process = model.getModelElementById(Step.PROCESS_KEY) instanceof Process p ? p : null;
        if (process == null) {
            return List.of("%s: there is no process with the key %s".formatted(Step.PROCESS_FILE, Step.PROCESS_KEY));
        }
        for (Step step : Step.inOrder()) {
            if (!formIds.contains(step.formId())) {
                found.add("forms/: no form has the id \"%s\", which step %s shows".formatted(step.formId(), step.key()));
            }
            if (step.isStartForm()) {
                checkStartEvent(model, step, found);
            } else {
                checkUserTask(model, step, found);
            }
        }
        if (!(model.getModelElementById(Step.NEW_VERSION_TASK) instanceof ServiceTask)) {
            found.add("%s: there is no service task %s, which starts each new version of an assessment"
                    .formatted(Step.PROCESS_FILE, Step.NEW_VERSION_TASK));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (Step.byKey(task.getId()).isEmpty()) {
                found.add("%s: user task %s (\"%s\") is not a step the service knows; add it to %s"
                        .formatted(Step.PROCESS_FILE, task.getId(), task.getName(), Step.class.getName()));
            }
        }
        return found;
    }

    private static void checkStartEvent(BpmnModelInstance model, Step step, List<String> found) {
        if (!(model.getModelElementById(step.key()) instanceof StartEvent start) || !(start.getParentElement() instanceof Process)) {
            found.add("%s: there is no start event %s for the step \"%s\"".formatted(Step.PROCESS_FILE, step.key(), step.stepName()));
        } else if (!step.formId().equals(start.getCamundaFormRef())) {
            found.add("%s: start event %s shows form \"%s\", not \"%s\"".formatted(Step.PROCESS_FILE, step.key(),
                    start.getCamundaFormRef(), step.formId()));
        }
    }

    private static void checkUserTask(BpmnModelInstance model, Step step, List<String> found) {
        if (!(model.getModelElementById(step.key()) instanceof UserTask task)) {
            found.add("%s: there is no user task %s for the step \"%s\"".formatted(Step.PROCESS_FILE, step.key(), step.stepName()));
            return;
        }
        if (!step.stepName().equals(task.getName())) {
            found.add("%s: user task %s is named \"%s\", not \"%s\"".formatted(Step.PROCESS_FILE, step.key(), task.getName(),
                    step.stepName()));
        }
        if (!step.formId().equals(task.getCamundaFormRef())) {
            found.add("%s: user task %s shows form \"%s\", not \"%s\"".formatted(Step.PROCESS_FILE, step.key(),
                    task.getCamundaFormRef(), step.formId()));
        }
        String givenTo = switch (step.actor()) {
            case AUTHOR -> Objects.equals(task.getCamundaAssignee(), "${author}") ? null : "assigned to ${author}";
            case DECISION_MAKER -> Objects.equals(task.getCamundaAssignee(), "${decisionMaker}") ? null
                    : "assigned to ${decisionMaker}";
            case EQUALITY_LEAD -> Objects.equals(task.getCamundaCandidateGroups(), Groups.EQUALITY_LEADS) ? null
                    : "offered to the candidate group " + Groups.EQUALITY_LEADS;
        };
        if (givenTo != null) {
            found.add("%s: user task %s must be %s".formatted(Step.PROCESS_FILE, step.key(), givenTo));
        }
    }
}
