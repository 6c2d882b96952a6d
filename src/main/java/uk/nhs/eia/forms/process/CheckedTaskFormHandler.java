package uk.nhs.eia.forms.process;

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
 * Checks a task form submission before the engine's own handler stores it. A refusal from here reaches the REST
 * APIs unwrapped, so {@code submit-form} answers it with 400 in Tasklist and at {@code /engine-rest} alike.
 */
public class CheckedTaskFormHandler implements TaskFormHandler {

    private final TaskFormHandler engineHandler;
    private final EngineForms forms;

    public CheckedTaskFormHandler(TaskFormHandler engineHandler, EngineForms forms) {
        this.engineHandler = engineHandler;
        this.forms = forms;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope task) {
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
