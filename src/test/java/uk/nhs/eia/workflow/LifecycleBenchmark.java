package uk.nhs.eia.workflow;

import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

/**
 * What a whole assessment costs in the service next to what the same process costs the engine alone, in one run
 * on embedded PostgreSQL: start, screening, evidence, impact, action plan, quality review (claimed), sign-off and
 * publication, through the engine's Java API as the same people, with 1 and {@value #THREADS} threads. The bare
 * engine runs the same model, decision and forms with every delegate and listener doing nothing, no form checks,
 * no record, no audit and no authorization checks. Counts SQL statements with datasource-proxy. Run from the
 * command line (see BENCHMARKS.md); it prints its figures and asserts nothing.
 */
public final class LifecycleBenchmark {

    static final int THREADS = 8;
    static final int WARM_UP = Integer.getInteger("warmUp", 30);
    static final int MEASURED = Integer.getInteger("lifecycles", 120);
    /** Start, six steps and the claim of the quality review: what a person asks of the engine. */
    static final int STEPS = 7;

    public static void main(String[] args) throws Exception {
        AtomicLong serviceStatements = new AtomicLong();
        try (BenchmarkServer server = BenchmarkServer.start(context -> context.getBeanFactory()
                .addBeanPostProcessor(counting(serviceStatements)))) {
            var app = server.app();
            People people = app.getBean(People.class);
            Lifecycle service = new Lifecycle(app.getBean(RuntimeService.class), app.getBean(TaskService.class),
                    app.getBean(IdentityService.class), people::groupsOf);
            Figures withService = measure("service", service, serviceStatements);

            AtomicLong bareStatements = new AtomicLong();
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                ProcessEngine engine = bareEngine(countingDataSource(pooled(postgres), bareStatements));
                try {
                    Lifecycle bare = new Lifecycle(engine.getRuntimeService(), engine.getTaskService(),
                            engine.getIdentityService(), people::groupsOf);
                    Figures alone = measure("bare engine", bare, bareStatements);
                    System.out.printf("%nservice / bare engine: %.2f× the time per lifecycle with 1 thread, %.2f× with %d; "
                                    + "%.2f× the SQL statements%n", alone.perSecond1 / withService.perSecond1,
                            alone.perSecondN / withService.perSecondN, THREADS,
                            withService.statementsPerStep / alone.statementsPerStep);
                } finally {
                    engine.close();
                }
            }
        }
    }

    private static Figures measure(String what, Lifecycle lifecycle, AtomicLong statements) throws Exception {
        run(lifecycle, WARM_UP, 1);
        long before = statements.get();
        double perSecond1 = run(lifecycle, MEASURED, 1);
        double statementsPerStep = (statements.get() - before) / (double) (MEASURED * STEPS);
        Counter.printTop(what, WARM_UP + MEASURED);
        double perSecondN = run(lifecycle, MEASURED * 2, THREADS);
        System.out.printf("%-12s %6.1f lifecycles/s with 1 thread, %6.1f with %d threads, %5.1f SQL statements per step%n",
                what, perSecond1, perSecondN, THREADS, statementsPerStep);
        return new Figures(perSecond1, perSecondN, statementsPerStep);
    }

    private static double run(Lifecycle lifecycle, int count, int threads) throws Exception {
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
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
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
        return engine;
    }

    /** A connection pool as the service's, so neither run pays for opening connections. */
    private static DataSource pooled(EmbeddedPostgres postgres) {
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

    private record Figures(double perSecond1, double perSecondN, double statementsPerStep) {
    }

    /** Counts statements, and with {@code -Dstatements=show} which ones, so the benchmark says where the SQL goes. */
    private record Counter(AtomicLong statements) implements QueryExecutionListener {

        static final Map<String, AtomicLong> BY_TEXT = new java.util.concurrent.ConcurrentHashMap<>();

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
