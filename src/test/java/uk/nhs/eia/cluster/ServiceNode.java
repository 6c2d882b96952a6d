package uk.nhs.eia.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One node: the packaged jar in a process of its own, which the run can start, kill with SIGKILL, and start again. */
final class ServiceNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    ServiceNode(String name, int port, Path jar, List<String> settings, Path log) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port,
                // Each node's jobs show which node ran them, in the engine's job log.
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        this.command.addAll(settings);
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Starts the node and waits until its health check answers UP; the time it took. */
    Duration startAndAwaitHealthy(Duration limit) throws IOException, InterruptedException {
        Instant started = Instant.now();
        start();
        while (Duration.between(started, Instant.now()).compareTo(limit) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (healthy()) {
                return Duration.between(started, Instant.now());
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " did not become healthy within " + limit + "; see " + log);
    }

    boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(base().resolve("/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no draining, no rollback by the node itself. */
    long kill() throws InterruptedException {
        long pid = process.pid();
        process.destroyForcibly();
        process.waitFor();
        return pid;
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
