package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.process.CheckedStartFormHandler;
import uk.nhs.eia.forms.process.CheckedTaskFormHandler;
import uk.nhs.eia.forms.process.EngineForms;

/**
 * Puts every step of every process through the form engine and onto the record: a start form or a completed
 * task is checked against its form before the engine moves on, its accepted answers are kept, and the record
 * hears when each step starts. Whoever writes the assessment is held to the training policy at each of its steps.
 * A step added in Camunda Modeler is covered without touching code.
 *
 * <p>The engine is built before the services that use it, so the hooks reach {@link StepWork} when a step moves,
 * not when the engine is built.
 */
@Component
class StepLifecycle extends AbstractProcessEnginePlugin {

    private final ObjectProvider<StepWork> work;
    private final EngineForms forms;

    StepLifecycle(ObjectProvider<StepWork> work, EngineForms forms) {
        this.work = work;
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope instanceof ProcessDefinitionImpl) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) forms::checkStart);
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                if (process.getStartFormHandler() != null) {
                    process.setStartFormHandler(new CheckedStartFormHandler(process.getStartFormHandler(), forms));
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.setTaskFormHandler(new CheckedTaskFormHandler(task.getTaskFormHandler(), forms,
                        submitted -> work.getObject().maySubmit(submitted)));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created -> work.getObject().started(created));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned -> work.getObject().assigned(assigned));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed -> work.getObject().completed(completed));
            }
        });
    }
}
