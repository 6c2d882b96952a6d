package uk.nhs.eia.workflow;

import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.nhs.eia.BenchmarkServer;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

/**
 * What a whole assessment costs in the service next to what the same process costs the engine alone, in one run
 * on embedded PostgreSQL: start, screening, evidence, impact, action plan, quality review (claimed), sign-off and
 * publication, through the engine's Java API as the same people, with 1 and {@value #THREADS} threads. The bare
 * engine runs the same model, decision and forms with every delegate and listener doing nothing, no form checks,
 * no record and no audit, but with the engine's authorization checks on and the same grants, as Camunda is run.
 * Counts SQL statements with datasource-proxy. Run from the
 * command line (see BENCHMARKS.md); it prints its figures and asserts nothing.
 */
public final class LifecycleBenchmark {

    static final int THREADS = 8;
    static final int WARM_UP = Integer.getInteger("warmUp", 30);
    static final int MEASURED = Integer.getInteger("lifecycles", 120);
    /** Start, six steps and the claim of the quality review: what a person asks of the engine. */
    static final int STEPS = 7;

    /** The measured lifecycles run in this many rounds, the two sides taking turns, so both meet the same load. */
    static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        AtomicLong serviceStatements = new AtomicLong();
        AtomicLong bareStatements = new AtomicLong();
        try (BenchmarkServer server = BenchmarkServer.start(context -> context.getBeanFactory()
                .addBeanPostProcessor(counting(serviceStatements)));
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var app = server.app();
            People people = app.getBean(People.class);
            // A person's groups come with their sign-in, not with each step they take.
            Map<String, List<String>> signedIn = new ConcurrentHashMap<>();
            Function<String, List<String>> groupsOf = person -> signedIn.computeIfAbsent(person, people::groupsOf);
            HikariDataSource barePool = pooled(postgres);
            ProcessEngine engine = bareEngine(countingDataSource(barePool, bareStatements));
            try {
                Side withService = new Side("service", new Lifecycle(app.getBean(RuntimeService.class),
                        app.getBean(TaskService.class), app.getBean(IdentityService.class), groupsOf),
                        serviceStatements, server.postgresPort());
                Side alone = new Side("bare engine", new Lifecycle(engine.getRuntimeService(), engine.getTaskService(),
                        engine.getIdentityService(), groupsOf), bareStatements, postgres.getPort());
                // Both warm up before either is measured, so neither runs on code the JIT compiled for the other.
                withService.run(WARM_UP, 1);
                alone.run(WARM_UP, 1);
                Counter.BY_TEXT.clear();
                for (int round = 0; round < ROUNDS; round++) {
                    withService.measure(MEASURED / ROUNDS, 1);
                    if (round == 0) {
                        Counter.printTop("the service", MEASURED / ROUNDS);
                    }
                    alone.measure(MEASURED / ROUNDS, 1);
                    if (round == 0) {
                        Counter.printTop("the bare engine", MEASURED / ROUNDS);
                    }
                }
                for (int round = 0; round < ROUNDS; round++) {
                    withService.measure(MEASURED * 2 / ROUNDS, THREADS);
                    alone.measure(MEASURED * 2 / ROUNDS, THREADS);
                }
                withService.print();
                alone.print();
                System.out.printf("%nservice / bare engine: %.2f× the time per lifecycle with 1 thread, %.2f× with %d; "
                                + "%.2f× the SQL statements; %.2f× the processor time%n",
                        alone.perSecond(1) / withService.perSecond(1), alone.perSecond(THREADS) / withService.perSecond(THREADS),
                        THREADS, withService.statementsPerStep() / alone.statementsPerStep(),
                        withService.cpu.total() / (double) alone.cpu.total());
            } finally {
                engine.close();
                barePool.close();
            }
        }
    }

    /** One side of the comparison, adding up what its measured lifecycles took. */
    private static final class Side {

        private final String name;
        private final Lifecycle lifecycle;
        private final AtomicLong statements;
        private final int postgresPort;
        private final Map<Integer, long[]> lifecyclesAndNanosByThreads = new HashMap<>();
        private long singleThreadStatements;
        private CpuTime cpu = new CpuTime(0, 0);

        Side(String name, Lifecycle lifecycle, AtomicLong statements, int postgresPort) {
            this.name = name;
            this.lifecycle = lifecycle;
            this.statements = statements;
            this.postgresPort = postgresPort;
        }

        void measure(int count, int threads) throws Exception {
            long statementsBefore = statements.get();
            CpuTime cpuBefore = CpuTime.now(postgresPort);
            long nanos = run(count, threads);
            if (threads == 1) {
                singleThreadStatements += statements.get() - statementsBefore;
                cpu = cpu.plus(CpuTime.now(postgresPort).minus(cpuBefore));
            }
            long[] sum = lifecyclesAndNanosByThreads.computeIfAbsent(threads, key -> new long[2]);
            sum[0] += count;
            sum[1] += nanos;
        }

        double perSecond(int threads) {
            long[] sum = lifecyclesAndNanosByThreads.get(threads);
            return sum[0] / (sum[1] / 1e9);
        }

        double statementsPerStep() {
            return singleThreadStatements / (double) (lifecyclesAndNanosByThreads.get(1)[0] * STEPS);
        }

        void print() {
            long lifecycles = lifecyclesAndNanosByThreads.get(1)[0];
            System.out.printf("%-12s %6.1f lifecycles/s with 1 thread, %6.1f with %d threads, %5.1f SQL statements per "
                            + "step, CPU per lifecycle %5.1f ms in Java + %5.1f ms in PostgreSQL%n", name, perSecond(1),
                    perSecond(THREADS), THREADS, statementsPerStep(), cpu.javaMillis() / (double) lifecycles,
                    cpu.postgresMillis() / (double) lifecycles);
        }

        long run(int count, int threads) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    done.add(pool.submit(() -> {
                        lifecycle.walk();
                        return null;
                    }));
                }
                for (Future<?> each : done) {
                    each.get();
                }
                return System.nanoTime() - start;
            } finally {
                pool.shutdown();
            }
        }
    }

    /** The same process with nothing of the service's in it: delegates and listeners that do nothing. */
    private static ProcessEngine bareEngine(DataSource dataSource) throws Exception {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setAuthorizationEnabled(true)
                .setProcessEngineName("bare");
        JavaDelegate nothing = execution -> {
        };
        ExecutionListener hearsNothing = execution -> {
        };
        Map<Object, Object> beans = new HashMap<>();
        for (String delegate : List.of("registerAssessment", "publishAssessment", "recordRejection", "recordScreeningOut",
                "recordWithdrawal", "scheduleNextReview", "startNewVersion")) {
            beans.put(delegate, nothing);
        }
        for (String listener : List.of("recordScreeningDecision", "recordReminder", "recordEscalation")) {
            beans.put(listener, hearsNothing);
        }
        beans.put("taskDeadlines", new Deadlines());
        beans.put("reviewSchedule", new Deadlines());
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:{processes,forms}/*.{bpmn,dmn,form}")) {
            try (InputStream content = resource.getInputStream()) {
                deployment.addInputStream(resource.getFilename(), content);
            }
        }
        deployment.deploy();
        grantAsTheServiceDoes(engine.getAuthorizationService());
        return engine;
    }

    /**
     * The engine checks every call against the same grants as in the service, which gives them to its groups on
     * start; the engine itself grants each step to whoever it is given to.
     */
    private static void grantAsTheServiceDoes(AuthorizationService authorizations) {
        for (String group : Groups.ALL) {
            grant(authorizations, group, Resources.PROCESS_DEFINITION, Step.PROCESS_KEY, Permissions.READ);
        }
        grant(authorizations, Groups.AUTHORS, Resources.PROCESS_DEFINITION, Step.PROCESS_KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(authorizations, Groups.AUTHORS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private static void grant(AuthorizationService authorizations, String group,
            org.camunda.bpm.engine.authorization.Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    /** A connection pool as the service's, so neither run pays for opening connections. */
    private static HikariDataSource pooled(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(10);
        return pool;
    }

    private static DataSource countingDataSource(DataSource dataSource, AtomicLong statements) {
        return ProxyDataSourceBuilder.create(dataSource).listener(new Counter(statements)).build();
    }

    private static BeanPostProcessor counting(AtomicLong statements) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                        ? countingDataSource(dataSource, statements) : bean;
            }
        };
    }

    /** A whole assessment, as its author, an equality lead and its decision-maker work it. */
    private record Lifecycle(RuntimeService runtime, TaskService tasks, IdentityService identity,
            Function<String, List<String>> groups) {

        void walk() {
            LocalDate review = LocalDate.now().plusYears(1);
            ProcessInstance instance = as("author", () -> runtime.startProcessInstanceByKey(Step.PROCESS_KEY,
                    proposal("Benchmarked " + System.nanoTime(), "policy", "new", "operations", "approver",
                            LocalDate.now().plusMonths(2))));
            complete(instance, "author", screening(true));
            complete(instance, "author", evidenceAndEngagement());
            complete(instance, "author", impactAssessment());
            complete(instance, "author", actionPlanAndOutcome(review));
            complete(instance, "lead", qualityReview("accept", null));
            complete(instance, "approver", signOff("approve", null));
        }

        private void complete(ProcessInstance instance, String person, Map<String, Object> answers) {
            as(person, () -> {
                Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).active().singleResult();
                if (task.getAssignee() == null) {
                    tasks.claim(task.getId(), person);
                }
                tasks.complete(task.getId(), answers);
                return null;
            });
        }

        private <T> T as(String person, java.util.function.Supplier<T> work) {
            identity.setAuthentication(person, groups.apply(person));
            try {
                return work.get();
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    /** The due dates the model asks for, far enough away that no timer fires during the run. */
    public static final class Deadlines {
        public Date due() {
            return Date.from(LocalDate.now().plusDays(14).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }

        public Date escalation() {
            return Date.from(LocalDate.now().plusDays(21).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }

        public Date reviewDue(Object reviewDate) {
            return Date.from(LocalDate.parse(String.valueOf(reviewDate)).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
    }

    /**
     * Processor time used, in this JVM and in the PostgreSQL server on the given port with its backends: unlike
     * lifecycles a second, it barely moves when something else runs on the machine.
     */
    record CpuTime(long javaMillis, long postgresMillis) {

        /** Linux counts a process's time in ticks of a hundredth of a second. */
        private static final long MILLIS_PER_TICK = 10;

        static CpuTime now(int postgresPort) throws IOException {
            long jvm = ((OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            return new CpuTime(jvm, postgresTicks(postgresPort) * MILLIS_PER_TICK);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(javaMillis - earlier.javaMillis, postgresMillis - earlier.postgresMillis);
        }

        CpuTime plus(CpuTime more) {
            return new CpuTime(javaMillis + more.javaMillis, postgresMillis + more.postgresMillis);
        }

        long total() {
            return javaMillis + postgresMillis;
        }

        private static long postgresTicks(int port) throws IOException {
            Map<Long, long[]> processes = new HashMap<>();
            Long server = null;
            try (var entries = Files.list(Path.of("/proc"))) {
                for (Path entry : entries.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String[] stat = Files.readString(entry.resolve("stat")).replaceFirst(".*\\) ", "").split(" ");
                        long pid = Long.parseLong(entry.getFileName().toString());
                        // After the name: state, ppid, ... utime is the 14th field of stat, stime the 15th.
                        processes.put(pid, new long[] {Long.parseLong(stat[1]), Long.parseLong(stat[11]) + Long.parseLong(stat[12])});
                        String command = Files.readString(entry.resolve("cmdline")).replace('\0', ' ');
                        if (command.contains("postgres -D") && command.contains("-p " + port + " ")) {
                            server = pid;
                        }
                    } catch (IOException | RuntimeException gone) {
                        // A process that ended while being read used no more time.
                    }
                }
            }
            long ticks = 0;
            for (Map.Entry<Long, long[]> process : processes.entrySet()) {
                if (process.getKey().equals(server) || Long.valueOf(process.getValue()[0]).equals(server)) {
                    ticks += process.getValue()[1];
                }
            }
            return ticks;
        }
    }

    /** Counts statements, and with {@code -Dstatements=show} which ones, so the benchmark says where the SQL goes. */
    private record Counter(AtomicLong statements) implements QueryExecutionListener {

        static final Map<String, AtomicLong> BY_TEXT = new ConcurrentHashMap<>();

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            long count = Math.max(1, execution.getBatchSize()) * (long) queries.size();
            statements.addAndGet(count);
            if ("show".equals(System.getProperty("statements"))) {
                for (QueryInfo query : queries) {
                    String text = query.getQuery().replaceAll("\\s+", " ").strip();
                    BY_TEXT.computeIfAbsent(text.substring(0, Math.min(110, text.length())), key -> new AtomicLong())
                            .addAndGet(Math.max(1, execution.getBatchSize()));
                }
            }
        }

        static void printTop(String what, int lifecycles) {
            if (BY_TEXT.isEmpty()) {
                return;
            }
            System.out.printf("%nThe statements %s runs most, per lifecycle:%n", what);
            BY_TEXT.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(30)
                    .forEach(entry -> System.out.printf("%6.1f  %s%n", entry.getValue().get() / (double) lifecycles,
                            entry.getKey()));
            BY_TEXT.clear();
        }
    }
}
