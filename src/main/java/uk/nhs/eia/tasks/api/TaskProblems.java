package uk.nhs.eia.tasks.api;

import static uk.nhs.eia.forms.ApiProblems.problem;
import static uk.nhs.eia.forms.ApiProblems.withErrors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.eia.assessment.DutiesNotSeparated;
import uk.nhs.eia.tasks.DraftRefused;
import uk.nhs.eia.tasks.StepRefused;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskNotFound;
import uk.nhs.eia.tasks.TaskNotYours;

/** Problems with a task, as RFC 9457 problem details that say what to do. */
@RestControllerAdvice(annotations = RestController.class)
class TaskProblems {

    @ExceptionHandler(StepRefused.class)
    ProblemDetail refused(StepRefused refused) {
        return withErrors(refused.errors());
    }

    @ExceptionHandler(DraftRefused.class)
    ProblemDetail draftRefused(DraftRefused refused) {
        return withErrors(refused.errors());
    }

    @ExceptionHandler(TaskConflict.class)
    ProblemDetail conflict(TaskConflict conflict) {
        return problem(HttpStatus.CONFLICT, "The task has moved on", conflict.getMessage());
    }

    @ExceptionHandler(TaskNotYours.class)
    ProblemDetail notYours(TaskNotYours notYours) {
        return problem(HttpStatus.FORBIDDEN, "Not your task", notYours.getMessage());
    }

    @ExceptionHandler(DutiesNotSeparated.class)
    ProblemDetail dutiesNotSeparated(DutiesNotSeparated refused) {
        return problem(HttpStatus.FORBIDDEN, "Someone else must do this", refused.getMessage());
    }

    @ExceptionHandler(TaskNotFound.class)
    ProblemDetail notFound(TaskNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "No such task", notFound.getMessage());
    }
}
