package uk.nhs.eia.forms;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as every part of the JSON API writes them. */
public final class ApiProblems {

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** 422 with {@code errors}, each naming its field ({@code key}) and what to do ({@code message}). */
    public static ProblemDetail withErrors(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "There is a problem",
                "Some answers need changing; each error names its field.");
        problem.setProperty("errors", errors);
        return problem;
    }
}
