package uk.nhs.eia.refusal.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.Refusal;

/**
 * Every refusal, wherever the JSON API meets it, as RFC 9457 problem details: the refusal's title and message,
 * and for invalid input its {@code errors}, each naming its field (and row) and what to do.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class RefusalProblems {

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatus(refusal.status());
        problem.setTitle(refusal.title());
        if (refusal instanceof Invalid invalid) {
            problem.setDetail(invalid.detail());
            problem.setProperty("errors", invalid.errors());
        } else {
            problem.setDetail(refusal.getMessage());
        }
        refusal.remedy().ifPresent(remedy -> problem.setProperty("remedy", remedy.path()));
        return problem;
    }
}
