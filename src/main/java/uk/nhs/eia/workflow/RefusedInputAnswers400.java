package uk.nhs.eia.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * {@code /engine-rest} wraps every engine exception raised while starting a process in a 500. Input our rules
 * refuse is the caller's to fix, so it is answered with 400 and the reason; anything else keeps Camunda's answer.
 */
@Priority(1)
class RefusedInputAnswers400 implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException refused) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "FormFieldValidationException", "message", refused.getMessage()))
                        .build();
            }
        }
        return camundaDefault.toResponse(exception);
    }
}
