package uk.nhs.eia.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks each door of a node, over and over while the database is away and after it is back, what a person or a
 * monitor would ask, and keeps what each answered: the status, and whether the answer said what it should.
 */
final class OutageProbe {

    /** One door, what to ask it, and how its answer to an outage must read. */
    record Door(String name, String path, String accept, String saysUnavailable) {
    }

    static final List<Door> DOORS = List.of(
            new Door("page GET /", "/", "text/html", "Sorry, the service is unavailable"),
            new Door("JSON API GET /api/tasks", "/api/tasks", "application/json", "\"title\":\"Sorry, the service is unavailable\""),
            new Door("engine REST GET /engine-rest/task", "/engine-rest/task", "application/json", "\"type\":\"DatabaseUnavailable\""),
            new Door("health GET /actuator/health", "/actuator/health", "application/json", "\"db\":{\"status\":\"DOWN\"}"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ServiceNode node;
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final AtomicBoolean probing = new AtomicBoolean();
    private ExecutorService threads;

    OutageProbe(ServiceNode node) {
        this.node = node;
    }

    void start() {
        probing.set(true);
        threads = Executors.newFixedThreadPool(DOORS.size());
        DOORS.forEach(door -> threads.submit(() -> {
            while (probing.get()) {
                ask(door);
                pause();
            }
        }));
    }

    void stop() throws InterruptedException {
        probing.set(false);
        threads.shutdown();
        threads.awaitTermination(2, TimeUnit.MINUTES);
    }

    /** Asks every door until each answers 200; how long that took. */
    Duration untilAllAnswer(Duration limit) {
        Instant started = Instant.now();
        for (Door door : DOORS) {
            while (ask(door) != 200 && Duration.between(started, Instant.now()).compareTo(limit) < 0) {
                pause();
            }
        }
        return Duration.between(started, Instant.now());
    }

    synchronized Map<String, Map<Integer, Integer>> statuses() {
        return new TreeMap<>(statuses);
    }

    synchronized List<String> wrongAnswers() {
        return List.copyOf(wrong);
    }

    private int ask(Door door) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(door.path())).timeout(Duration.ofSeconds(60))
                .header("Accept", door.accept());
        if (!door.path().startsWith("/actuator")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("author:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            judge(door, answer.statusCode(), answer.body());
            return answer.statusCode();
        } catch (IOException e) {
            judge(door, -1, e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private synchronized void judge(Door door, int status, String body) {
        statuses.computeIfAbsent(door.name(), name -> new TreeMap<>()).merge(status, 1, Integer::sum);
        boolean said = status == 200 || status == 503 && body.contains(door.saysUnavailable());
        boolean leaked = body.contains("Exception") || body.contains("\tat ") || body.contains("at org.");
        if (!said || leaked) {
            wrong.add(door.name() + " answered " + status + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
