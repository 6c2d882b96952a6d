package uk.nhs.eia.workflow;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;

/**
 * The assessment an operation on the engine is about, when its id names one of the assessment's case, step, job or
 * incident: an administrator's repair then shows on the assessment's own history. Looked up before the operation
 * runs, since a repair may remove what it names.
 */
@Component
class CaseOfAnOperation {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final AssessmentService assessments;

    CaseOfAnOperation(RuntimeService runtime, TaskService tasks, ManagementService management, AssessmentService assessments) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.assessments = assessments;
    }

    Long assessmentOf(EngineOperation operation, String pathUnderEngine) {
        String id = operation.parameters(pathUnderEngine).get("id");
        if (id == null) {
            return null;
        }
        String tag = operation.tag();
        Optional<String> processInstance = tag.startsWith("Process Instance") ? Optional.of(id)
                : tag.startsWith("Task") ? Optional.ofNullable(tasks.createTaskQuery().taskId(id).singleResult())
                        .map(Task::getProcessInstanceId)
                : tag.equals("Execution") ? Optional.ofNullable(runtime.createExecutionQuery().executionId(id).singleResult())
                        .map(Execution::getProcessInstanceId)
                : tag.equals("Job") ? Optional.ofNullable(management.createJobQuery().jobId(id).singleResult())
                        .map(Job::getProcessInstanceId)
                : tag.equals("Incident") ? Optional.ofNullable(runtime.createIncidentQuery().incidentId(id).singleResult())
                        .map(Incident::getProcessInstanceId)
                : Optional.empty();
        return processInstance.map(instance -> assessments.byProcessInstances(List.of(instance)))
                .flatMap(found -> found.stream().findFirst()).map(AssessmentView::getId).orElse(null);
    }
}
