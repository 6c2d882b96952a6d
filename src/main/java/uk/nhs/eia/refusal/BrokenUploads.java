package uk.nhs.eia.refusal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@code multipart/form-data} body the servlet container cannot split into parts: no boundary, cut off before its
 * end, a part too large or too many parts. The container fails while the request is prepared, before any controller
 * is chosen, so neither {@code RefusalProblems} nor {@code RefusalPages} (each chosen by the kind of controller) sees
 * it, and it would otherwise be a 500. It is the sender's mistake, so it is answered here once for every door: 400
 * (413 for a part too large) as problem details under {@code /api}, and as the NHS error page elsewhere. Nothing was
 * read, so nothing changed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class BrokenUploads {

    static final String TITLE = "The upload could not be read";

    @ExceptionHandler(MultipartException.class)
    Object broken(MultipartException broken, HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The request was answered already (a 401 before anything read the body, say) and is only being shown
            // the error page: that answer stands, as it did before this handler existed.
            throw broken;
        }
        HttpStatus status = broken instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String message = broken instanceof MaxUploadSizeExceededException
                ? "A part of the upload is larger than the service accepts: send a smaller file"
                : "The request says it is multipart/form-data, but its body could not be split into parts (" + reason(broken)
                        + "). Send the form again; a client must give the boundary in the Content-Type header, "
                        + "and send every part and the closing boundary.";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(TITLE);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "heading", TITLE, "message", message));
        page.setStatus(status);
        return page;
    }

    /** The container's own words for what was wrong, which name the missing boundary or the early end. */
    private static String reason(Throwable broken) {
        Throwable cause = broken;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String words = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return words.length() > 200 ? words.substring(0, 200) : words;
    }
}
