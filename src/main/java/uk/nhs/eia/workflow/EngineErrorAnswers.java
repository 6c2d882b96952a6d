package uk.nhs.eia.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.DateTimeException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import uk.nhs.eia.refusal.DatabaseUnavailable;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.refusal.Refusal;

/**
 * The engine's REST API answers 500 for much that the caller must put right: a missing body, an unknown id, a
 * listener's refusal, a step claimed a moment earlier by someone else. Here each is answered with the 4xx that says
 * so, in the engine's own error shape, at {@code /engine-rest} and in Tasklist's API alike (Jersey registers these
 * answers in both); a real fault keeps its 500, logged by the engine's handler. A database that cannot be reached is
 * neither: it is answered 503, to try again later.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class EngineErrorAnswers implements AutoDiscoverable {

    /** How the engine says that something asked for is not there, where it has no exception type of its own for it. */
    private static final Pattern NOT_THERE = Pattern.compile(
            "(?i).*(cannot find|can't find|not found|no .{0,60} found|does not exist|does not have|no matching|unknown).*",
            Pattern.DOTALL);

    /** The engine looking up something by an id it was given, and finding nothing, before it says so itself. */
    private static final Pattern ENTITY_MISSING = Pattern.compile(
            ".*persistence\\.entity\\.(\\w+)Entity\\..*because \"\\w+\" is null.*", Pattern.DOTALL);

    /**
     * The engine's typed-value factories, which the REST layer calls to turn what was sent into variables: a slip
     * there (a File variable without its valueInfo) is the request's, when the REST layer called them.
     */
    private static final String TYPED_VALUES = "org.camunda.bpm.engine.variable.";

    /** Failures of the REST layer reading a request that lacks a value, or has one of the wrong type. */
    private static final Pattern REST_LAYER = Pattern.compile("^org\\.camunda\\.bpm\\.engine\\.rest\\..*");

    @Override
    public void configure(FeatureContext context) {
        context.register(FromRestException.class).register(FromEngineException.class).register(FromAnyException.class);
    }

    static Optional<Response> ourAnswer(Throwable exception) {
        if (DatabaseUnavailable.explains(exception)) {
            DatabaseUnavailable.answered("a call to the engine's REST API", exception);
            Response unavailable = response(Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.class.getSimpleName(),
                    DatabaseUnavailable.MESSAGE);
            return Optional.of(Response.fromResponse(unavailable)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build());
        }
        if (exception instanceof RestException rest && rest.getStatus() != null
                && rest.getStatus().getFamily() == Status.Family.CLIENT_ERROR) {
            return Optional.empty();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Optional<Response> answer = answerFor(cause);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> answerFor(Throwable cause) {
        if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
            return answer(Status.BAD_REQUEST, cause);
        }
        if (cause instanceof Refusal refusal) {
            // The engine's REST APIs answer every refusal of input with 400, so clients of the engine see one status.
            return answer(refusal instanceof Invalid ? Status.BAD_REQUEST : Status.fromStatusCode(refusal.status()), cause);
        }
        if (cause instanceof AuthorizationException) {
            return answer(Status.FORBIDDEN, cause);
        }
        if (cause instanceof SpinRuntimeException) {
            return Optional.of(response(Status.BAD_REQUEST, "InvalidJson", "A value sent with type Json is not valid JSON"));
        }
        if (cause instanceof NotFoundException) {
            return answer(Status.NOT_FOUND, cause);
        }
        if (cause instanceof NullValueException) {
            return answer(NOT_THERE.matcher(String.valueOf(cause.getMessage())).matches() ? Status.NOT_FOUND
                    : Status.BAD_REQUEST, cause);
        }
        if (cause instanceof TaskAlreadyClaimedException || cause instanceof OptimisticLockingException) {
            return answer(Status.CONFLICT, cause);
        }
        if ((cause.getClass() == ProcessEngineException.class || cause instanceof RestException)
                && NOT_THERE.matcher(String.valueOf(cause.getMessage())).matches()) {
            return answer(Status.NOT_FOUND, cause);
        }
        if (cause instanceof NullPointerException) {
            Matcher missing = ENTITY_MISSING.matcher(String.valueOf(cause.getMessage()));
            if (missing.matches()) {
                return Optional.of(response(Status.NOT_FOUND, "NotFoundException",
                        "There is no such " + missing.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()));
            }
        }
        if (readingTheRequest(cause)) {
            return Optional.of(response(Status.BAD_REQUEST, "InvalidRequestException",
                    "The request is missing a value it needs, or has a value of the wrong type"));
        }
        return Optional.empty();
    }

    /** A slip of the REST layer itself over what was sent, not a fault of the engine behind it. */
    private static boolean readingTheRequest(Throwable cause) {
        boolean inputKind = cause instanceof NullPointerException || cause instanceof IllegalArgumentException
                || cause instanceof ClassCastException || cause instanceof DateTimeException
                || cause instanceof UnsupportedOperationException || cause instanceof IndexOutOfBoundsException;
        StackTraceElement[] frames = cause.getStackTrace();
        return inputKind && frames.length > 0 && firstOwnFrameIsRest(frames);
    }

    private static boolean firstOwnFrameIsRest(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (type.startsWith(TYPED_VALUES)) {
                continue;
            }
            if (type.startsWith("org.camunda.")) {
                return REST_LAYER.matcher(type).matches();
            }
        }
        return false;
    }

    private static Optional<Response> answer(Status status, Throwable cause) {
        return Optional.of(response(status, cause.getClass().getSimpleName(), String.valueOf(cause.getMessage())));
    }

    private static Response response(Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message)).build();
    }

    @Priority(1)
    public static class FromRestException implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return ourAnswer(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    public static class FromEngineException implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return ourAnswer(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    @Priority(1)
    public static class FromAnyException implements ExceptionMapper<Throwable> {
        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            return ourAnswer(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
