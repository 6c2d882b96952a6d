package uk.nhs.eia.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the packaged service for real on its own PostgreSQL, under load from authors walking assessments through the
 * JSON API, and breaks it:
 * <ul>
 * <li>{@code two-nodes}: two nodes behind a round-robin balancer; timers brought forward; one node killed with SIGKILL
 * while it holds jobs; the other carries on and takes them over; sessions made on the dead node still sign people in;
 * <li>{@code crashes}: one node killed with SIGKILL ten times under load and started again each time, then PostgreSQL
 * restarted under load while each door is watched.
 * </ul>
 * Then it checks that every step answered with success is there, each timer ran once, no case is stuck and the audit
 * chain verifies, and prints a summary (also written to the run's folder under {@code target/cluster}). Run it with
 * {@code scripts/cluster-test.sh two-nodes|crashes}; settings as system properties ({@code -Dwalkers=8} and so on).
 */
public final class ClusterHarness {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(10);
    private static final String PARKED_AUTHOR = "author2";
    private static final String WALKER_PASSWORD = "Walking-through-2026";

    private final String mode;
    private final Path folder;
    private final Report report = new Report();
    private final RestartablePostgres database;
    private final Path jar;
    private final Map<String, String> passwords = new HashMap<>();
    private final Acknowledged acknowledged = new Acknowledged();
    private final Timers timers;
    private final List<ServiceNode> nodes = new ArrayList<>();
    private final List<Kill> kills = new ArrayList<>();

    /** A SIGKILL, and the timer jobs the node still held ten seconds later: those its death left locked. */
    private record Kill(String node, Instant at, List<Timers.Lock> leftLocked) {
    }

    private ClusterHarness(String mode) throws IOException {
        this.mode = mode;
        this.folder = Path.of("target", "cluster", mode + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(folder);
        this.database = new RestartablePostgres(folder.resolve("postgres"), freePort());
        // A copy of its own, so that a build meanwhile cannot change the jar under a node that is starting.
        this.jar = Files.copy(packagedJar(), folder.resolve("eia-workflow.jar"));
        this.timers = new Timers(database);
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "two-nodes" : args[0];
        ClusterHarness run = new ClusterHarness(mode);
        boolean held;
        try (run.database) {
            held = switch (mode) {
                case "two-nodes" -> run.twoNodes();
                case "crashes" -> run.crashes();
                default -> throw new IllegalArgumentException("Run two-nodes or crashes, not " + mode);
            };
        } finally {
            // Whatever happened, no node is left running; the database goes after them.
            for (ServiceNode node : run.nodes) {
                node.stop();
            }
        }
        System.exit(held ? 0 : 1);
    }

    private boolean twoNodes() throws Exception {
        database.start();
        describeMachine();
        ServiceNode first = node("node-1");
        ServiceNode second = node("node-2");
        report.note("node-1 started in %s", seconds(first.startAndAwaitHealthy(STARTUP_LIMIT)));
        report.note("node-2 started in %s", seconds(second.startAndAwaitHealthy(STARTUP_LIMIT)));
        Api api = new Api(new Balancer(List.of(first, second)), passwords);
        Walkers walkers = new Walkers(api, acknowledged, walkingAuthors(api, setting("walkers", 8)));
        List<Long> parked = park(walkers, setting("parked", 100));

        Browser signedInOnFirst = new Browser();
        Browser signedInOnSecond = new Browser();
        report.check(signedInOnFirst.signIn(first, Walkers.LEAD) && signedInOnSecond.signIn(second, Walkers.LEAD),
                "a person signs in on node-1, and again in another browser on node-2");
        report.check(signedInOnSecond.opensSignedIn(first, "/") && signedInOnFirst.opensSignedIn(second, "/"),
                "each node serves them signed in, with the session the other node made");
        report.check(signedInOnSecond.tasklist(second, "GET", "/task?maxResults=5", null) == 200,
                "Tasklist's API answers them on node-2");
        report.check(signedInOnSecond.tasklist(first, "POST", "/task?maxResults=5", "{}") == 200,
                "Tasklist's API on node-1 takes the session and anti-forgery token from node-2");

        walkers.start();
        Thread.sleep(Duration.ofSeconds(setting("before.kill.seconds", 150)).toMillis());
        awaitPublished(walkers, 3);
        report.note("Assessments published by both nodes before the kill: %d", walkers.published());
        bringTimersForward(parked, 10);
        ServiceNode victim = killWhicheverHoldsJobs(List.of(first, second));
        ServiceNode survivor = victim == first ? second : first;
        Browser orphaned = victim == first ? signedInOnFirst : signedInOnSecond;

        Thread.sleep(Duration.ofSeconds(setting("after.kill.seconds", 120)).toMillis());
        report.check(orphaned.opensSignedIn(survivor, "/"),
                "with %s dead, the session it made still signs the person in on %s", victim.name(), survivor.name());
        report.check(orphaned.tasklist(survivor, "GET", "/task?maxResults=5", null) == 200
                && orphaned.tasklist(survivor, "POST", "/task?maxResults=5", "{}") == 200,
                "and Tasklist still answers them, reads and writes, on %s", survivor.name());
        walkers.stop();
        finish(api);
        survivor.stop();
        return done();
    }

    private boolean crashes() throws Exception {
        database.start();
        describeMachine();
        ServiceNode node = node("node-1");
        report.note("node-1 started in %s", seconds(node.startAndAwaitHealthy(STARTUP_LIMIT)));
        Api api = new Api(new Balancer(List.of(node)), passwords);
        Walkers walkers = new Walkers(api, acknowledged, walkingAuthors(api, setting("walkers", 6)));
        List<Long> parked = park(walkers, setting("parked", 40));
        walkers.start();
        Random random = new Random(42);
        int crashes = setting("crashes", 10);
        for (int crash = 1; crash <= crashes; crash++) {
            Thread.sleep(Duration.ofSeconds(20 + random.nextInt(21)).toMillis());
            if (crash == 3 || crash == 7) {
                int half = parked.size() / 2;
                timers.remindersAndEscalations(crash == 3 ? parked.subList(0, half) : parked.subList(half, parked.size()));
            }
            if (crash == 5) {
                timers.reviewDates(10);
                timers.dailyAndNightlyRuns();
            }
            if (crash == 3 || crash == 5 || crash == 7) {
                killWhileHoldingJobs(node);
            } else {
                kill(node, List.of());
            }
            report.note("crash %d: started again in %s", crash, seconds(node.startAndAwaitHealthy(STARTUP_LIMIT)));
        }
        Thread.sleep(30_000);
        restartPostgresUnderLoad(node);
        Thread.sleep(Duration.ofSeconds(setting("after.seconds", 60)).toMillis());
        walkers.stop();
        finish(api);
        node.stop();
        return done();
    }

    private void restartPostgresUnderLoad(ServiceNode node) throws Exception {
        OutageProbe probe = new OutageProbe(node);
        probe.start();
        Thread.sleep(3000);
        Instant stopped = Instant.now();
        database.stop();
        report.note("PostgreSQL stopped (fast shutdown) under load; kept down for %d s", setting("outage.seconds", 20));
        Thread.sleep(Duration.ofSeconds(setting("outage.seconds", 20)).toMillis());
        database.start();
        report.note("PostgreSQL started again after %s", seconds(Duration.between(stopped, Instant.now())));
        Duration recovered = probe.untilAllAnswer(Duration.ofMinutes(3));
        probe.stop();
        report.check(recovered.compareTo(Duration.ofMinutes(3)) < 0,
                "every door answers 200 again %s after PostgreSQL is back, without restarting the service", seconds(recovered));
        report.note("What each door answered meanwhile (status: count): %s", probe.statuses());
        report.check(probe.statuses().values().stream().anyMatch(statuses -> statuses.containsKey(503)),
                "while PostgreSQL was down the doors answered 503");
        report.check(probe.wrongAnswers().isEmpty(), "every answer during the outage was 200 or a 503 that says the "
                + "service is unavailable (health: db DOWN), with no stack trace or 500 %s",
                probe.wrongAnswers().stream().limit(5).toList());
    }

    private void bringTimersForward(List<Long> parked, int reviews) throws SQLException {
        report.note("Brought forward: %d review dates, %d reminder and escalation timers, %d daily and nightly runs",
                timers.reviewDates(reviews).jobIds().size(), timers.remindersAndEscalations(parked).jobIds().size(),
                timers.dailyAndNightlyRuns().jobIds().size());
    }

    /**
     * Kills whichever node holds jobs brought forward, as soon as one is seen holding them (waiting at most three
     * minutes, as an idle job executor looks for due jobs only every minute). A lock names its job executor, not its
     * node; the engine's job log names the node that ran a job, so a lock owner is known once one of its jobs has run.
     */
    private ServiceNode killWhicheverHoldsJobs(List<ServiceNode> candidates) throws Exception {
        Map<String, String> ownerOfJob = new HashMap<>();
        Map<String, String> nodeOfOwner = new HashMap<>();
        Instant waited = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(waited)) {
            List<Timers.Lock> locks = timers.locksNow();
            locks.forEach(lock -> ownerOfJob.put(lock.jobId(), lock.owner()));
            timers.runsOf(List.copyOf(ownerOfJob.keySet()))
                    .forEach(run -> nodeOfOwner.put(ownerOfJob.get(run.jobId()), run.node()));
            for (ServiceNode node : candidates) {
                List<Timers.Lock> held = locks.stream().filter(lock -> node.name().equals(nodeOfOwner.get(lock.owner()))).toList();
                if (!held.isEmpty()) {
                    kill(node, held);
                    return node;
                }
            }
            Thread.sleep(20);
        }
        ServiceNode node = candidates.get(candidates.size() - 1);
        kill(node, List.of());
        report.check(false, "%s held none of the jobs brought forward when it was killed", node.name());
        return node;
    }

    /** Kills the node once it holds jobs brought forward (at most three minutes); it is the only one running them. */
    private void killWhileHoldingJobs(ServiceNode node) throws Exception {
        Instant waited = Instant.now().plus(Duration.ofMinutes(3));
        List<Timers.Lock> locks = timers.locksNow();
        while (locks.isEmpty() && Instant.now().isBefore(waited)) {
            Thread.sleep(20);
            locks = timers.locksNow();
        }
        kill(node, locks);
    }

    private void kill(ServiceNode node, List<Timers.Lock> locks) throws Exception {
        long pid = node.kill();
        Instant killed = Instant.now();
        report.note("%s (pid %d) killed with SIGKILL at %s, holding %d of the timer jobs brought forward", node.name(), pid,
                killed, locks.size());
        List<Timers.Lock> leftLocked = List.of();
        if (!locks.isEmpty()) {
            Thread.sleep(10_000);
            leftLocked = timers.stillHeld(locks);
            report.note("  ten seconds later %d of them were still locked by the dead node", leftLocked.size());
        }
        kills.add(new Kill(node.name(), killed, leftLocked));
    }

    private void finish(Api api) throws Exception {
        report.check(timers.awaitRun(Duration.ofMinutes(5)), "every timer brought forward has run");
        for (Kill kill : kills) {
            if (!kill.leftLocked().isEmpty()) {
                takenOver(kill);
            }
        }
        report.note("Answers by node and status (-1: no answer, the node was dead): %s", api.answersByNode());
        report.note("Answers other than success, 404 and 409, first of each: %s", api.unexpectedAnswers());
        timers.check(report);
        new Afterwards(database, api, report).check(acknowledged);
    }

    /**
     * The jobs a dead node left locked each ran once, on a live node, after their locks expired; or, for the history
     * clean-up, were moved by the node starting again to their nightly window.
     */
    private void takenOver(Kill kill) throws SQLException {
        List<String> jobs = kill.leftLocked().stream().map(Timers.Lock::jobId).toList();
        List<Timers.Run> runs = timers.runsOf(jobs);
        List<String> moved = timers.waitingForLater(jobs.stream()
                .filter(job -> runs.stream().noneMatch(run -> run.jobId().equals(job))).toList());
        LongSummaryStatistics after = runs.stream()
                .mapToLong(run -> Duration.between(kill.at(), run.at()).toSeconds()).summaryStatistics();
        Map<String, Long> by = runs.stream().collect(Collectors.groupingBy(Timers.Run::node, TreeMap::new, Collectors.counting()));
        report.check(runs.stream().map(Timers.Run::jobId).distinct().count() == runs.size()
                && runs.size() + moved.size() == jobs.size(),
                "the %d jobs %s left locked when killed at %s ran once each afterwards, on %s, %d to %d s after the kill%s",
                jobs.size(), kill.node(), kill.at(), by, after.getMin(), after.getMax(),
                moved.isEmpty() ? "" : "; %d moved to a later time by the node starting again".formatted(moved.size()));
    }

    private void awaitPublished(Walkers walkers, int atLeast) throws InterruptedException {
        Instant waited = Instant.now().plus(Duration.ofMinutes(5));
        while (walkers.published() < atLeast && Instant.now().isBefore(waited)) {
            Thread.sleep(1000);
        }
    }

    private boolean done() throws IOException {
        report.writeTo(folder.resolve("summary.txt"));
        return report.allHeld();
    }

    private List<String> walkingAuthors(Api api, int count) {
        List<String> authors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = "walker" + i;
            Api.Answer created = api.post("admin", "/api/admin/users", Map.of("username", username, "firstName", "Walker",
                    "lastName", String.valueOf(i), "email", username + "@eia.example.nhs.uk", "password", WALKER_PASSWORD,
                    "groups", List.of("eia-authors"), "directorates", List.of("operations")));
            if (!created.ok()) {
                throw new IllegalStateException("Could not add " + username + ": " + created.status() + " " + created.body());
            }
            passwords.put(username, WALKER_PASSWORD);
            authors.add(username);
        }
        return authors;
    }

    private List<Long> park(Walkers walkers, int count) {
        List<Long> parked = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Long id = walkers.startParked(PARKED_AUTHOR, "Parked proposal " + i);
            if (id != null) {
                parked.add(id);
            }
        }
        report.note("%d assessments parked at screening for their timers", parked.size());
        return parked;
    }

    private ServiceNode node(String name) throws IOException {
        List<String> settings = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--eia.demo.assessments=false");
        ServiceNode node = new ServiceNode(name, freePort(), jar, settings, folder.resolve(name + ".log"));
        nodes.add(node);
        return node;
    }

    private void describeMachine() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select version(), current_setting('fsync'), current_setting('synchronous_commit')");
            rows.next();
            report.note("%s run, %s; %s (fsync %s, synchronous_commit %s); Java %s; %d processors", mode, Instant.now(),
                    rows.getString(1), rows.getString(2), rows.getString(3), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("eia-workflow-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Package the service first: ./mvnw -DskipTests package"));
        }
    }

    private static int setting(String name, int otherwise) {
        return Integer.getInteger(name, otherwise);
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
