package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.assessment.AuthorTraining;
import uk.nhs.eia.assessment.SeparationOfDuties;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.forms.process.CheckedStartFormHandler;
import uk.nhs.eia.forms.process.CheckedTaskFormHandler;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.forms.process.ForbiddenInEngine;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.training.TrainingRequired;

/**
 * Puts every step of every process through the form engine and onto the record: a start form or a completed
 * task is checked against its form before the engine moves on, its accepted answers are kept, and the record
 * hears when each step starts. Whoever writes the assessment is held to the training policy at each of its steps.
 * A step added in Camunda Modeler is covered without touching code.
 */
@Component
class StepLifecycle extends AbstractProcessEnginePlugin {

    private final AssessmentService assessments;
    private final EngineForms forms;
    private final TaskDrafts drafts;
    private final SeparationOfDuties duties;
    private final AssessmentShares shares;
    private final AuthorTraining training;

    StepLifecycle(@Lazy AssessmentService assessments, @Lazy EngineForms forms, @Lazy TaskDrafts drafts,
            @Lazy SeparationOfDuties duties, @Lazy AssessmentShares shares, @Lazy AuthorTraining training) {
        this.assessments = assessments;
        this.forms = forms;
        this.drafts = drafts;
        this.duties = duties;
        this.shares = shares;
        this.training = training;
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
                        StepLifecycle.this::maySubmit));
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, StepLifecycle.this::started);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, StepLifecycle.this::assigned);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, StepLifecycle.this::completed);
            }
        });
    }

    private void started(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            assessments.stepStarted(id, task.getTaskDefinitionKey(), task.getName(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            if (task.getAssignee() != null && task.getAssignee().equals(task.getVariable("author"))) {
                shares.sharedWith(id).forEach(task::addCandidateUser);
            }
            String formId = forms.formIdOf(task);
            if (formId != null) {
                assessments.lastAnswers(id, formId)
                        .ifPresent(last -> forms.prefill(task, last, forms.largeAnswerKeysOf(task)));
            }
        }
    }

    /** However a step is assigned (claimed, delegated, set through any API), nobody takes on a check of their own work. */
    private void assigned(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            duties.checkMayWork(id, task.getTaskDefinitionKey(), task.getAssignee());
            assessments.stepAssigned(id, task.getId(), task.getName(), task.getAssignee());
        }
    }

    /** Refuses a form submission its writer may not make, before anything is checked or stored. */
    private void maySubmit(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            try {
                training.checkMaySubmit(id, task.getName(), completedBy(task));
            } catch (TrainingRequired refused) {
                throw ForbiddenInEngine.of(refused);
            }
        }
    }

    private void completed(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            duties.checkMayComplete(id, task.getTaskDefinitionKey(), task.getAssignee(), completedBy(task));
            training.checkSubmission(id, task.getName(), completedBy(task));
        }
        FormSubmission answers = forms.checkTask(task);
        drafts.discardAll(task.getId());
        if (id != null) {
            assessments.stepCompleted(id, task.getTaskDefinitionKey(), task.getName(), answers, completedBy(task),
                    forms.returns(task, answers));
            forms.release(task.getExecution(), answers);
        }
    }

    private static Long assessmentId(DelegateTask task) {
        Object id = task.getVariable("assessmentId");
        return id == null ? null : ((Number) id).longValue();
    }

    /** The person completing the task, as the engine knows them; the assignee when the system completes it. */
    private static String completedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
