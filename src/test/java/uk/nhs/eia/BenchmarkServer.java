package uk.nhs.eia;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as the benchmarks run it: on its own embedded PostgreSQL, with the postgres profile, on a free port,
 * without demo assessments or the engine's job executor, and quiet. Closing it stops both.
 */
public final class BenchmarkServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext app;

    private BenchmarkServer(EmbeddedPostgres postgres, ConfigurableApplicationContext app) {
        this.postgres = postgres;
        this.app = app;
    }

    public static BenchmarkServer start() throws IOException {
        return start(context -> {
        });
    }

    /** The same, with {@code initializer} applied to the application context before it starts. */
    public static BenchmarkServer start(ApplicationContextInitializer<ConfigurableApplicationContext> initializer)
            throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(EiaApplication.class)
                    .initializers(initializer)
                    .profiles("postgres")
                    .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                            "--server.port=0", "--eia.demo.assessments=false",
                            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN");
            return new BenchmarkServer(postgres, app);
        } catch (RuntimeException failed) {
            postgres.close();
            throw failed;
        }
    }

    public ConfigurableApplicationContext app() {
        return app;
    }

    /** The port its PostgreSQL listens on, to find the server's processes. */
    public int postgresPort() {
        return postgres.getPort();
    }

    public String baseUrl() {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() throws IOException {
        // The engine and its pool go first, while PostgreSQL is still there to answer them.
        app.close();
        postgres.close();
    }
}
