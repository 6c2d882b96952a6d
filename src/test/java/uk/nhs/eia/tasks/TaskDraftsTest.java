package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.refusal.FieldError;

/** Half-finished answers kept on the server per task and person until the step is submitted. */
@EiaSpringBootTest
class TaskDraftsTest {

    @Autowired
    TaskDrafts drafts;
    @Autowired
    AssessmentDriver driver;

    @Test
    void aDraftKeepsHalfFinishedAnswersAndTheLatestSaveWins() {
        String task = screeningTask();

        drafts.save(task, "author", Map.of("affectsPeople", "yes"));
        drafts.save(task, "author", Map.of("affectsPeople", "yes", "screeningRationale", "Still thinking"));

        assertThat(drafts.find(task, "author")).hasValue(Map.of("affectsPeople", "yes", "screeningRationale", "Still thinking"));
    }

    @Test
    void draftsArePerPerson() {
        String task = screeningTask();

        drafts.save(task, "author", Map.of("affectsPeople", "yes"));

        assertThat(drafts.find(task, "lead")).isEmpty();
    }

    @Test
    void aDraftIsNotCheckedForCompletenessButIsForTypes() {
        String task = screeningTask();

        assertThatThrownBy(() -> drafts.save(task, "author", Map.of("riskLikelihood", "lots")))
                .isInstanceOfSatisfying(DraftRefused.class, refused -> assertThat(refused.fieldErrors()).containsExactly(
                        new FieldError("riskLikelihood", "How likely it is that a group will be disadvantaged must be a number")));
        assertThat(drafts.find(task, "author")).isEmpty();
    }

    @Test
    void anOversizedDraftIsRefused() {
        String task = screeningTask();

        assertThatThrownBy(() -> drafts.save(task, "author", Map.of("screeningRationale", "x".repeat(300 * 1024))))
                .isInstanceOf(DraftRefused.class).hasMessageContaining("256 KB or less");
    }

    @Test
    void theDraftIsRemovedWhenTheTaskIsCompleted() {
        ProcessInstance instance = start();
        String task = driver.currentTask(instance).getId();
        drafts.save(task, "author", Map.of("affectsPeople", "yes"));

        driver.complete(instance, "author", screening(true));

        assertThat(drafts.find(task, "author")).isEmpty();
    }

    @Test
    void yourDraftsListTheStepsYouSavedUntilTheyAreSubmittedOrTheirCaseEnds() {
        ProcessInstance first = start();
        ProcessInstance second = start();
        String firstTask = driver.currentTask(first).getId();
        String secondTask = driver.currentTask(second).getId();
        drafts.save(firstTask, "author", Map.of("affectsPeople", "yes"));
        drafts.save(secondTask, "author", Map.of("affectsPeople", "no"));

        assertThat(drafts.savedBy("author")).extracting(draft -> draft.task().id()).contains(secondTask, firstTask);
        assertThat(drafts.savedBy("author")).filteredOn(draft -> draft.task().id().equals(firstTask)).singleElement()
                .satisfies(draft -> assertThat(draft.task().name()).isEqualTo("Screening"));
        assertThat(drafts.savedBy("lead")).extracting(draft -> draft.task().id()).doesNotContain(firstTask, secondTask);

        driver.complete(first, "author", screening(true));
        driver.withdraw(second, "No longer going ahead");

        assertThat(drafts.savedBy("author")).extracting(draft -> draft.task().id()).doesNotContain(firstTask, secondTask);
    }

    @Test
    void aDraftForATaskThatIsNotOpenIsRefused() {
        assertThatThrownBy(() -> drafts.save("no-such-task", "author", Map.of()))
                .isInstanceOf(TaskNotFound.class).hasMessage("There is no open task with the id no-such-task");
    }

    private String screeningTask() {
        return driver.currentTask(start()).getId();
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Drafted", "policy", "new", "operations", "approver", LocalDate.now().plusMonths(1)));
    }
}
