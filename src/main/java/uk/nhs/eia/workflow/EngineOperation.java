package uk.nhs.eia.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation of Camunda's REST API as its OpenAPI description lists it: the same operation is served at
 * {@code /engine-rest} and, to a signed-in person, by Tasklist's API.
 *
 * @param path the path template under the engine, for example {@code /task/{id}/claim}
 * @param id the operation's id in the description, for example {@code claim}
 * @param tag the part of the API it belongs to, for example {@code Task}
 */
public record EngineOperation(String method, String path, String id, String tag) {

    /** Queries that take their filter as a body, and change nothing. */
    private static final List<String> QUERY_PREFIXES = List.of("query", "postQuery", "postExecuteFilter");

    /** The parts of the API that change people, groups, tenants and what they are granted. */
    private static final Set<String> IDENTITY_TAGS = Set.of("User", "Group", "Tenant", "Authorization");

    /** Whether the operation only reads: what it shows is then the engine's authorizations to decide. */
    public boolean reads() {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            case "POST" -> QUERY_PREFIXES.stream().anyMatch(id::startsWith);
            default -> false;
        };
    }

    /** Whether the operation is an external task worker's: the service's processes have no external tasks. */
    public boolean worksExternalTasks() {
        return !reads() && "External Task".equals(tag);
    }

    /** Whether the operation changes people, groups, tenants or grants. */
    public boolean changesIdentity() {
        return !reads() && IDENTITY_TAGS.contains(tag);
    }

    /** How the operation is named in refusals and audit events: {@code POST /task/{id}/claim (claim)}. */
    @Override
    public String toString() {
        return method + " " + path + " (" + id + ")";
    }

    /** The values a path under the engine gives this operation's parameters, such as {@code id}. */
    public Map<String, String> parameters(String pathUnderEngine) {
        String[] template = path.substring(1).split("/", -1);
        String[] segments = pathUnderEngine.substring(1).split("/", -1);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < Math.min(template.length, segments.length); i++) {
            if (template[i].startsWith("{")) {
                parameters.put(template[i].substring(1, template[i].length() - 1), segments[i]);
            }
        }
        return parameters;
    }

    /** Whether a path under the engine is this operation's, and how many of its segments are not parameters. */
    int literalSegmentsMatching(String method, String[] segments) {
        if (!this.method.equals(method)) {
            return -1;
        }
        String[] template = path.substring(1).split("/", -1);
        if (template.length != segments.length) {
            return -1;
        }
        int literal = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
            } else if (template[i].equals(segments[i])) {
                literal++;
            } else {
                return -1;
            }
        }
        return literal;
    }
}
