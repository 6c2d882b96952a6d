package uk.nhs.eia.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;
import uk.nhs.eia.assessment.DutiesNotSeparated;
import uk.nhs.eia.training.TrainingRequired;

/**
 * {@code /engine-rest} answers 500 for engine exceptions it wraps (at process start, or from a task listener) and
 * for a {@code Json} value that is not JSON. Input the caller must fix is answered with 400 and the reason, and a
 * step someone may not take on because it checks their own work, or until they are trained, with 403; anything
 * else keeps Camunda's own answer.
 */
final class RefusedInputAnswers400 {

    private RefusedInputAnswers400() {
    }

    static Optional<Response> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refused) {
                return Optional.of(badRequest("FormFieldValidationException", refused.getMessage()));
            }
            if (cause instanceof DutiesNotSeparated refused) {
                return Optional.of(forbidden("DutiesNotSeparated", refused.getMessage()));
            }
            if (cause instanceof TrainingRequired refused) {
                return Optional.of(forbidden("TrainingRequired", refused.getMessage()));
            }
            if (cause instanceof SpinRuntimeException) {
                return Optional.of(badRequest("InvalidJson", "A value sent with type Json is not valid JSON"));
            }
        }
        return Optional.empty();
    }

    private static Response forbidden(String type, String message) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }

    private static Response badRequest(String type, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }

    @Priority(1)
    static class FromRestException implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static class FromEngineException implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    static class FromAnyException implements ExceptionMapper<Throwable> {
        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
