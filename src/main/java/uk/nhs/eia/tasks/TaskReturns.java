package uk.nhs.eia.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormDefinition.ReturnRoute;

/**
 * A reviewer hands a step back to the author with comments: the review step's form says how (its return route),
 * and the return is completed through the same door as any other answer, so it is checked and kept the same way.
 */
@Service
public class TaskReturns {

    private final TaskForms forms;
    private final TaskCompletion completion;

    TaskReturns(TaskForms forms, TaskCompletion completion) {
        this.forms = forms;
        this.completion = completion;
    }

    /** Where this task can be returned to: empty steps when there is one place only. */
    public ReturnRoute routeOf(String taskId, String username) {
        completion.stepNameFor(taskId, username);
        return route(forms.formOf(taskId));
    }

    /**
     * @return the id of the assessment
     * @throws StepRefused  naming {@code toStep} or {@code comment} when either is missing or not allowed
     * @throws TaskConflict when the step cannot be returned, or the task is not the person's to work on now
     */
    public Long returnStep(String taskId, String username, String toStep, String comment) {
        ReturnRoute route = routeOf(taskId, username);
        List<FieldError> errors = new ArrayList<>();
        if (!route.offers(toStep)) {
            errors.add(new FieldError("toStep", route.steps().isEmpty()
                    ? "This step can only go back to screening; leave out the step to return to"
                    : "Select the step to return to: " + route.steps().stream().map(FormComponent.Option::value)
                            .collect(Collectors.joining(", "))));
        }
        if (comment == null || comment.isBlank()) {
            errors.add(new FieldError("comment", "Enter a comment telling the author what to change"));
        }
        if (!errors.isEmpty()) {
            throw new StepRefused(errors);
        }
        Map<String, Object> answers = route.answers(toStep, comment.strip());
        return completion.complete(taskId, username, answers);
    }

    private static ReturnRoute route(FormDefinition form) {
        return form.returnRoute().orElseThrow(() -> new TaskConflict(
                "This step cannot be returned; only a screening-out check, a quality review or a sign-off can"));
    }
}
