package uk.nhs.eia.tasks.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.assessment.AuthorTraining;
import uk.nhs.eia.assessment.SeparationOfDuties;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.tasks.TaskDrafts;

/**
 * What the record does as a step of an assessment moves in the engine: it hears the step start, checks who takes
 * it on, holds its writer to the training policy, and keeps the answers it was accepted with. The checks of the
 * answers themselves are the form engine's, run once for each submission.
 */
@Component
class StepWork {

    private final AssessmentService assessments;
    private final EngineForms forms;
    private final TaskDrafts drafts;
    private final SeparationOfDuties duties;
    private final AssessmentShares shares;
    private final AuthorTraining training;

    StepWork(AssessmentService assessments, EngineForms forms, TaskDrafts drafts, SeparationOfDuties duties,
            AssessmentShares shares, AuthorTraining training) {
        this.assessments = assessments;
        this.forms = forms;
        this.drafts = drafts;
        this.duties = duties;
        this.shares = shares;
        this.training = training;
    }

    void started(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            assessments.stepStarted(id, task.getTaskDefinitionKey(), task.getName(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            if (task.getAssignee() != null && task.getAssignee().equals(task.getVariable(Step.AUTHOR_VARIABLE))) {
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
    void assigned(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            duties.checkMayWork(id, task.getTaskDefinitionKey(), task.getAssignee());
            assessments.stepAssigned(id, task.getId(), task.getName(), task.getAssignee());
        }
    }

    /** Refuses a form submission its writer may not make, before anything is checked or stored. */
    void maySubmit(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            training.checkMaySubmit(id, task.getName(), EngineForms.submittedBy(task));
        }
    }

    void completed(DelegateTask task) {
        Long id = assessmentId(task);
        if (id != null) {
            duties.checkMayComplete(id, task.getTaskDefinitionKey(), task.getAssignee(), EngineForms.submittedBy(task));
            training.checkSubmission(id, task.getName(), EngineForms.submittedBy(task));
        }
        FormSubmission answers = forms.checkTask(task);
        drafts.discardAll(task.getId());
        if (id != null) {
            assessments.stepCompleted(id, task.getTaskDefinitionKey(), task.getName(), answers, EngineForms.submittedBy(task),
                    forms.returns(task, answers));
            forms.release(task.getExecution(), answers);
        }
    }

    /** Read from the case, where it is kept: asking the task would first fetch the task's own variables. */
    private static Long assessmentId(DelegateTask task) {
        Object id = task.getExecution() == null ? null : task.getExecution().getVariable("assessmentId");
        return id == null ? null : ((Number) id).longValue();
    }
}
