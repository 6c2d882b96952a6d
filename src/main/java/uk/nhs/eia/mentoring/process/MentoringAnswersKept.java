package uk.nhs.eia.mentoring.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.PairActivity;

/**
 * Keeps a pair's step answers in the programme's records as the step completes, and takes them off the case: pairs
 * run side by side in one case, so answers left there would be offered to the next pair's step as theirs.
 */
@Component("mentoringAnswersKept")
class MentoringAnswersKept implements TaskListener {

    private final PairActivity activity;
    private final EngineForms forms;

    MentoringAnswersKept(PairActivity activity, EngineForms forms) {
        this.activity = activity;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        FormSubmission answers = forms.checkTask(task);
        activity.stepCompleted(((Number) task.getVariable(MentoringProcess.PAIR_ID)).longValue(),
                task.getTaskDefinitionKey(), EngineForms.submittedBy(task), answers.answers());
        task.getExecution().removeVariables(answers.answers().keySet());
    }
}
