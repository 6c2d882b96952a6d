package uk.nhs.eia.workflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.eia.tasks.Tasklist;

/**
 * The two doors to the engine's operations as each demo person uses them: {@code /engine-rest} with HTTP Basic, and
 * Tasklist's API in a browser session signed in on our sign-in page; and both as someone not signed in.
 */
final class EngineDoors {

    enum Door { ENGINE_REST, TASKLIST_API }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String server;
    private final Map<String, Tasklist> sessions = new HashMap<>();

    EngineDoors(int port) {
        this.server = "http://localhost:" + port;
    }

    HttpResponse<String> send(Door door, String role, String method, String pathUnderEngine, String jsonBody) throws Exception {
        if (door == Door.TASKLIST_API && !role.equals("anonymous")) {
            Tasklist session = sessions.get(role);
            if (session == null) {
                session = new Tasklist(server, role);
                // The webapps hand out their anti-forgery token on a first read, as Tasklist's pages do on opening.
                session.request("GET", "/version", null);
                sessions.put(role, session);
            }
            return session.request(method, pathUnderEngine, jsonBody);
        }
        String base = door == Door.ENGINE_REST ? "/engine-rest" : "/camunda/api/engine/engine/default";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + base + pathUnderEngine))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (!role.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((role + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
