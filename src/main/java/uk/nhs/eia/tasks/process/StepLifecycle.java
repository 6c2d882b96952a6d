package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;

/**
 * Tells the assessment record when each step starts and finishes, for every user task of every process, so that
 * a step added in Camunda Modeler is tracked without touching code.
 */
@Component
class StepLifecycle extends AbstractProcessEnginePlugin {

    private final AssessmentService assessments;

    StepLifecycle(@Lazy AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior)
                        activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, StepLifecycle.this::started);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, StepLifecycle.this::completed);
            }
        });
    }

    private void started(DelegateTask task) {
        Object id = task.getVariable("assessmentId");
        if (id != null) {
            assessments.stepStarted(((Number) id).longValue(), task.getName());
        }
    }

    private void completed(DelegateTask task) {
        Object id = task.getVariable("assessmentId");
        if (id != null) {
            assessments.stepCompleted(((Number) id).longValue(), task.getName());
        }
    }
}
