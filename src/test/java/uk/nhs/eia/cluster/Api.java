package uk.nhs.eia.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JSON API as its clients call it, with HTTP Basic, through the balancer; counts every answer by node and
 * status, and keeps the first body of each status that is neither a success nor an expected refusal.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "demo";

    /** What came back; a negative status when no answer came at all (the node died or refused the connection). */
    record Answer(int status, String body, String node) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean noAnswer() {
            return status < 0;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Set<Integer> EXPECTED_REFUSALS = Set.of(404, 409);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Balancer balancer;
    private final Map<String, String> passwords;
    private final ConcurrentMap<String, ConcurrentMap<Integer, LongAdder>> answers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, String> unexpected = new ConcurrentHashMap<>();

    Api(Balancer balancer, Map<String, String> passwords) {
        this.balancer = balancer;
        this.passwords = passwords;
    }

    Answer get(String username, String path) {
        return call(username, "GET", path, null);
    }

    /** For the checks afterwards: asks again, on the next node, while no node answers or the database is away. */
    Answer getAnswered(String username, String path) {
        Answer answer = get(username, path);
        for (int tries = 1; (answer.noAnswer() || answer.status() == 503) && tries < 10; tries++) {
            answer = get(username, path);
        }
        return answer;
    }

    Answer post(String username, String path, Object body) {
        return call(username, "POST", path, body);
    }

    Answer call(String username, String method, String path, Object body) {
        ServiceNode node = balancer.next();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(URI.create(path)))
                    .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                    .header("Authorization", basic(username));
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return counted(new Answer(response.statusCode(), response.body(), node.name()));
        } catch (IOException e) {
            balancer.unreachable(node);
            return counted(new Answer(-1, e.toString(), node.name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", node.name());
        }
    }

    private String basic(String username) {
        String password = passwords.getOrDefault(username, PASSWORD);
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Answer counted(Answer answer) {
        answers.computeIfAbsent(answer.node(), node -> new ConcurrentHashMap<>())
                .computeIfAbsent(answer.status(), status -> new LongAdder()).increment();
        if (!answer.ok() && !answer.noAnswer() && !EXPECTED_REFUSALS.contains(answer.status())) {
            unexpected.putIfAbsent(answer.status(), answer.body());
        }
        return answer;
    }

    /** Answers by node, then by status (-1: no answer). */
    Map<String, Map<Integer, Long>> answersByNode() {
        Map<String, Map<Integer, Long>> byNode = new TreeMap<>();
        answers.forEach((node, statuses) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.sum()));
            byNode.put(node, counts);
        });
        return byNode;
    }

    /** The first body seen for each status other than success, 404 and 409. */
    Map<Integer, String> unexpectedAnswers() {
        return new TreeMap<>(unexpected);
    }
}
