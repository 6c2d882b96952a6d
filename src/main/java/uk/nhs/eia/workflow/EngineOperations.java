package uk.nhs.eia.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every operation of the engine's REST API, read from the OpenAPI description Camunda publishes with it, so that an
 * operation added to the engine is known here, and refused until someone decides otherwise.
 */
@Component
public class EngineOperations {

    static final String DESCRIPTION = "openapi.json";

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    /**
     * Where the engine's operations are served: {@code /engine-rest}, optionally naming the engine, and Tasklist's
     * API, which always does.
     */
    private static final Pattern ENGINE_PATH = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    private final List<EngineOperation> all;

    EngineOperations() {
        this(EngineOperations.class.getClassLoader().getResourceAsStream(DESCRIPTION));
    }

    EngineOperations(InputStream description) {
        if (description == null) {
            throw new IllegalStateException("The engine's REST API description " + DESCRIPTION
                    + " is not on the class path (org.camunda.bpm:camunda-engine-rest-openapi)");
        }
        try (description) {
            all = List.copyOf(read(new ObjectMapper().readTree(description)));
        } catch (IOException e) {
            throw new UncheckedIOException("The engine's REST API description cannot be read", e);
        }
    }

    public List<EngineOperation> all() {
        return all;
    }

    /** The path under the engine of a request to one of its doors, such as {@code /task/1/claim}, if it is one. */
    public static Optional<String> pathUnderEngine(String requestPath) {
        Matcher engine = ENGINE_PATH.matcher(requestPath);
        if (!engine.matches()) {
            return Optional.empty();
        }
        String rest = engine.group(1);
        return Optional.of(rest == null || rest.isEmpty() ? "/" : rest);
    }

    /** The operation a request under the engine asks for; of two that fit, the one with more fixed segments. */
    public Optional<EngineOperation> find(String method, String pathUnderEngine) {
        String normalised = pathUnderEngine.length() > 1 && pathUnderEngine.endsWith("/")
                ? pathUnderEngine.substring(0, pathUnderEngine.length() - 1) : pathUnderEngine;
        String[] segments = normalised.substring(1).split("/", -1);
        String verb = method.toUpperCase(Locale.ROOT);
        return all.stream()
                .filter(operation -> operation.literalSegmentsMatching(verb, segments) >= 0)
                .max(Comparator.comparingInt(operation -> operation.literalSegmentsMatching(verb, segments)));
    }

    private static List<EngineOperation> read(JsonNode description) {
        List<EngineOperation> operations = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                JsonNode operation = entry.getValue();
                operations.add(new EngineOperation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(), operation.path("tags").path(0).asText()));
            }
        }));
        if (operations.isEmpty()) {
            throw new IllegalStateException("The engine's REST API description lists no operations");
        }
        return operations;
    }
}
