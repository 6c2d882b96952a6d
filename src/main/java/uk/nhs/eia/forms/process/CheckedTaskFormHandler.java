package uk.nhs.eia.forms.process;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Checks a task form submission before the engine's own handler stores it: first whether the person may submit it
 * at all, then its answers. A refusal from here reaches the REST APIs unwrapped (one from a task listener would
 * reach Tasklist's as a 500), so {@code submit-form} answers it with 400 or 403 in Tasklist and at
 * {@code /engine-rest} alike.
 */
public class CheckedTaskFormHandler implements TaskFormHandler {

    private final TaskFormHandler engineHandler;
    private final EngineForms forms;
    private final Consumer<DelegateTask> maySubmit;

    public CheckedTaskFormHandler(TaskFormHandler engineHandler, EngineForms forms, Consumer<DelegateTask> maySubmit) {
        this.engineHandler = engineHandler;
        this.forms = forms;
        this.maySubmit = maySubmit;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope task) {
        maySubmit.accept((DelegateTask) task);
        forms.checkSubmittedTask(properties, (DelegateTask) task);
        engineHandler.submitFormVariables(properties, task);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return engineHandler.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }
}
