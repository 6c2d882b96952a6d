package uk.nhs.eia.training.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.nhs.eia.training.FeedbackAlreadyGiven;
import uk.nhs.eia.training.NotADelegate;
import uk.nhs.eia.training.TrainingSessionNotFound;

/** A training page that cannot be shown says why, with the status an API client would get. */
@ControllerAdvice(basePackageClasses = TrainingPageProblems.class)
class TrainingPageProblems {

    @ExceptionHandler(TrainingSessionNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(NotADelegate.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notADelegate(NotADelegate refused, Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("message", refused.getMessage());
        return "error";
    }

    @ExceptionHandler(FeedbackAlreadyGiven.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String alreadyGiven(FeedbackAlreadyGiven conflict, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", conflict.getMessage());
        return "error";
    }
}
