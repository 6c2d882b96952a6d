package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.eia.EiaApplication;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** A draft saved before the service stops is there when it starts again on the same database file. */
class DraftsSurviveRestartIT {

    @Test
    void aDraftSurvivesARestart(@TempDir Path data) {
        String task;
        try (ConfigurableApplicationContext first = start(data)) {
            var driver = first.getBean(AssessmentDriver.class);
            var instance = driver.start("author", proposal("Before the restart", "policy", "new", "operations", "approver",
                    LocalDate.now().plusMonths(1)));
            task = driver.currentTask(instance).getId();
            first.getBean(TaskDrafts.class).save(task, "author", Map.of("screeningRationale", "Saved before the restart"));
        }

        try (ConfigurableApplicationContext second = start(data)) {
            assertThat(second.getBean(TaskDrafts.class).find(task, "author"))
                    .hasValue(Map.of("screeningRationale", "Saved before the restart"));
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(EiaApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("eia").toAbsolutePath(),
                        "--server.port=0",
                        // Its own engine name, so it never takes over the engine of another test's application.
                        "--camunda.bpm.process-engine-name=restart");
    }
}
