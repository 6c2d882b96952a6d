package uk.nhs.eia.forms.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/** Checks a start form submission before the engine's own handler stores it; see {@link CheckedTaskFormHandler}. */
public class CheckedStartFormHandler implements StartFormHandler {

    private final StartFormHandler engineHandler;
    private final EngineForms forms;

    public CheckedStartFormHandler(StartFormHandler engineHandler, EngineForms forms) {
        this.engineHandler = engineHandler;
        this.forms = forms;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope processInstance) {
        forms.checkSubmittedStart(properties, (DelegateExecution) processInstance);
        engineHandler.submitFormVariables(properties, processInstance);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
        return engineHandler.createStartFormData(processDefinition);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }
}
