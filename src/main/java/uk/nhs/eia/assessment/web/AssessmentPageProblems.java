package uk.nhs.eia.assessment.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.nhs.eia.assessment.AssessmentConflict;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentNotFound;

/** Pages about an assessment that cannot be shown say why, with the status an API client would get. */
@ControllerAdvice(basePackages = {"uk.nhs.eia.assessment.web", "uk.nhs.eia.records.web", "uk.nhs.eia.reporting.web"})
class AssessmentPageProblems {

    @ExceptionHandler(AssessmentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(AssessmentForbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AssessmentForbidden problem, Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("message", problem.getMessage());
        return "error";
    }

    @ExceptionHandler(AssessmentConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(AssessmentConflict problem, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", problem.getMessage());
        return "error";
    }
}
