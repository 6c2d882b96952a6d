package uk.nhs.eia.assessment.api;

import static uk.nhs.eia.forms.ApiProblems.problem;
import static uk.nhs.eia.forms.ApiProblems.withErrors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.eia.assessment.AssessmentConflict;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentNotFound;
import uk.nhs.eia.assessment.AssessmentRefused;

/** Problems with an assessment, for every part of the JSON API, as RFC 9457 problem details. */
@RestControllerAdvice(annotations = RestController.class)
class AssessmentProblems {

    @ExceptionHandler(AssessmentRefused.class)
    ProblemDetail refused(AssessmentRefused refused) {
        return withErrors(refused.errors());
    }

    @ExceptionHandler(AssessmentNotFound.class)
    ProblemDetail notFound(AssessmentNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "No such assessment", notFound.getMessage());
    }

    @ExceptionHandler(AssessmentForbidden.class)
    ProblemDetail forbidden(AssessmentForbidden forbidden) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", forbidden.getMessage());
    }

    @ExceptionHandler(AssessmentConflict.class)
    ProblemDetail conflict(AssessmentConflict conflict) {
        return problem(HttpStatus.CONFLICT, "The assessment has moved on", conflict.getMessage());
    }
}
