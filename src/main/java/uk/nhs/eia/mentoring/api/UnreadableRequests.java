package uk.nhs.eia.mentoring.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.nhs.eia.refusal.FieldError;

/**
 * A mentoring request the service cannot read: no body, a body that is not JSON, a value of the wrong JSON type or
 * an id that is not a number. Answered 400 as problem details whose {@code errors} name the field, as a 422 does,
 * where the framework's own answer would only say the request could not be read. Nothing was changed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = UnreadableRequests.class)
class UnreadableRequests {

    static final String TITLE = "The request could not be read";
    private static final String BODY = "body";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch) {
        String name = mismatch.getName();
        return problem(new FieldError(name, "%s must be %s, not \"%s\"".formatted(name, kind(mismatch.getRequiredType()),
                shortened(String.valueOf(mismatch.getValue())))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HandlerMethod handler) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched.getPath());
            String value = mismatched instanceof InvalidFormatException invalid
                    ? ", not \"" + shortened(String.valueOf(invalid.getValue())) + "\"" : "";
            return problem(new FieldError(field, "%s must be %s%s".formatted(field, kind(mismatched.getTargetType()), value)));
        }
        if (cause instanceof MismatchedInputException) {
            return problem(new FieldError(BODY, "The body must be a JSON object" + expected(handler)));
        }
        if (cause instanceof InputCoercionException tooLarge) {
            String field = Objects.requireNonNullElse(fieldBeingRead(tooLarge), BODY);
            return problem(new FieldError(field, "%s must be %s no larger than %d".formatted(field,
                    kind(tooLarge.getTargetType()), Long.MAX_VALUE)));
        }
        if (cause instanceof JsonProcessingException json) {
            String field = fieldBeingRead(json);
            return problem(new FieldError(field == null ? BODY : field, "The body is not valid JSON%s: %s"
                    .formatted(field == null ? "" : " at " + field, parserWords(json))));
        }
        return problem(new FieldError(BODY, "Send a JSON body" + expected(handler)));
    }

    private static ProblemDetail problem(FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.message());
        problem.setTitle(TITLE);
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    /** The fields the endpoint reads from its body, such as {@code {"one", "other"}}. */
    private static String expected(HandlerMethod handler) {
        if (handler == null) {
            return "";
        }
        return Arrays.stream(handler.getMethodParameters()).filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getParameterType).filter(Class::isRecord).findFirst()
                .map(body -> Arrays.stream(body.getRecordComponents()).map(component -> "\"" + component.getName() + "\"")
                        .collect(Collectors.joining(", ", " with ", "")))
                .orElse("");
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** The field the parser had reached when the JSON broke, or null at the top of the body. */
    private static String fieldBeingRead(JsonProcessingException broken) {
        if (broken instanceof StreamReadException read && read.getProcessor() != null) {
            JsonParser parser = read.getProcessor();
            return parser.getParsingContext() == null ? null : parser.getParsingContext().getCurrentName();
        }
        return null;
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "of another type";
    }

    /** What the parser said, without where in its input it was, which names nothing the sender can see. */
    private static String parserWords(JsonProcessingException broken) {
        String words = Objects.toString(broken.getOriginalMessage(), "").lines().findFirst().orElse("");
        for (String location : List.of(" (start marker at", " at [Source")) {
            int at = words.indexOf(location);
            words = at < 0 ? words : words.substring(0, at);
        }
        return words.length() > 200 ? words.substring(0, 200) + "…" : words;
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
