package uk.nhs.eia.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.env.MapPropertySource;
import uk.nhs.eia.BenchmarkServer;
import uk.nhs.eia.demo.process.AssessmentDriver;

/**
 * How long a 20 MB upload takes over HTTP into PostgreSQL, and whether a 200 MB file goes in and comes out again in
 * a small heap: run with {@code -Xmx512m}, it sends a 200 MB file and reads it back, and reports the most heap in use
 * at any moment (the client's included, as it shares the JVM). Results in BENCHMARKS.md.
 */
public final class EvidenceBenchmark {

    private static final long MB = 1024 * 1024;
    private static final int UPLOADS_OF_20_MB = 12;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        HeapWatch heap = HeapWatch.start();
        try (BenchmarkServer server = BenchmarkServer.start(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("evidence-benchmark", Map.of("eia.evidence.max-file-size", "200MB",
                        "eia.evidence.max-per-assessment", "2GB"))))) {
            AssessmentDriver driver = server.app().getBean(AssessmentDriver.class);
            Object assessment = driver.assessmentId(EvidenceStep.reached(driver, "Evidence benchmark"));
            String base = server.baseUrl() + "/api/assessments/" + assessment + "/evidence";
            System.out.printf("Heap: max %d MB; in use before uploading %d MB%n",
                    Runtime.getRuntime().maxMemory() / MB, heap.peakMb());

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < UPLOADS_OF_20_MB + 2; i++) {
                long started = System.nanoTime();
                upload(base, "survey-" + i + ".txt", 20 * MB);
                if (i >= 2) {
                    millis.add((System.nanoTime() - started) / 1_000_000);
                }
            }
            millis.sort(null);
            System.out.printf("20 MB upload (raw body, %d after 2 to warm up): median %d ms, slowest %d ms, %.0f MB/s%n",
                    millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1),
                    20_000.0 / millis.get(millis.size() / 2));

            heap.reset();
            long started = System.nanoTime();
            Upload large = upload(base, "census-tables.txt", 200 * MB);
            long uploadMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("200 MB upload: %d ms, most heap in use %d MB%n", uploadMs, heap.peakMb());

            heap.reset();
            started = System.nanoTime();
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            HttpResponse<InputStream> download = HTTP.send(signedIn(HttpRequest.newBuilder(URI.create(base + "/" + large.id())))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = new DigestInputStream(download.body(), read)) {
                bytes = body.transferTo(OutputStream.nullOutputStream());
            }
            long downloadMs = (System.nanoTime() - started) / 1_000_000;
            boolean same = HexFormat.of().formatHex(read.digest()).equals(large.sha256()) && bytes == 200 * MB;
            System.out.printf("200 MB download: %d ms, most heap in use %d MB, same bytes and SHA-256: %s%n", downloadMs,
                    heap.peakMb(), same);
        } finally {
            heap.stop();
        }
    }

    private static Upload upload(String base, String name, long size) throws Exception {
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpResponse<String> response = HTTP.send(signedIn(HttpRequest.newBuilder(URI.create(base + "?step=" + EvidenceStep.KEY)))
                .header("X-File-Name", name).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new DigestInputStream(new GeneratedText(size), sent)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(name + " was answered " + response.statusCode() + ": " + response.body());
        }
        String id = response.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        String kept = response.body().replaceAll("(?s).*\"sha256\":\"([0-9a-f]+)\".*", "$1");
        if (!kept.equals(HexFormat.of().formatHex(sent.digest()))) {
            throw new IllegalStateException(name + " was kept with another hash: " + kept);
        }
        return new Upload(id, kept);
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("author:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private record Upload(String id, String sha256) {
    }

    /** The most heap in use, sampled every 10 ms: what a 512 MB heap has to hold at its fullest. */
    private static final class HeapWatch implements Runnable {

        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            Thread thread = new Thread(watch, "heap-watch");
            thread.setDaemon(true);
            thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakMb() {
            return peak.get() / MB;
        }

        void reset() {
            peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        void stop() {
            running = false;
        }
    }
}
