package uk.nhs.eia.tasks.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.nhs.eia.assessment.DutiesNotSeparated;
import uk.nhs.eia.tasks.TaskConflict;
import uk.nhs.eia.tasks.TaskNotFound;
import uk.nhs.eia.tasks.TaskNotYours;

/** A task page that cannot be shown says why, in a page, with the status an API client would get. */
@ControllerAdvice(basePackageClasses = TaskPageProblems.class)
class TaskPageProblems {

    @ExceptionHandler(TaskNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(TaskNotYours.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notYours(TaskNotYours problem, Model model) {
        model.addAttribute("message", "This task is not offered to any of your teams.");
        return "tasks/moved-on";
    }

    @ExceptionHandler(DutiesNotSeparated.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String dutiesNotSeparated(DutiesNotSeparated problem, Model model) {
        model.addAttribute("message", problem.getMessage());
        return "tasks/moved-on";
    }

    @ExceptionHandler(TaskConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String movedOn(TaskConflict problem, Model model) {
        model.addAttribute("message", problem.getMessage());
        return "tasks/moved-on";
    }
}
