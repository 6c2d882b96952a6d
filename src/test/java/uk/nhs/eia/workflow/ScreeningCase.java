package uk.nhs.eia.workflow;

import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** An assessment {@code author} has just started, at its screening step, with the ids the engine's doors take. */
record ScreeningCase(String processInstance, long assessment, String task, String definition, String deployment) {

    static ScreeningCase start(AssessmentDriver driver, RepositoryService repository, String title) {
        ProcessInstance instance = driver.start("author", proposal(title, "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        return new ScreeningCase(instance.getId(), ((Number) driver.assessmentId(instance)).longValue(),
                driver.currentTask(instance).getId(), instance.getProcessDefinitionId(),
                repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId());
    }
}
