package uk.nhs.eia.tasks.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.Assessment;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;

@Component
class EngineTaskList implements TaskList {

    private final TaskService tasks;
    private final AssessmentService assessments;
    private final Clock clock;

    EngineTaskList(TaskService tasks, AssessmentService assessments, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> assignedTo(String username) {
        return open(tasks.createTaskQuery().taskAssignee(username));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> claimableBy(List<String> groups) {
        return groups.isEmpty() ? List.of() : open(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned());
    }

    private List<OpenTask> open(TaskQuery query) {
        List<Task> page = query.active().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, PAGE);
        Map<String, Assessment> byProcess = assessments
                .byProcessInstances(page.stream().map(Task::getProcessInstanceId).distinct().toList())
                .stream().collect(Collectors.toMap(Assessment::getProcessInstanceId, Function.identity()));
        Instant now = clock.instant();
        return page.stream().map(task -> {
            Assessment assessment = byProcess.get(task.getProcessInstanceId());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            LocalDate dueDay = due == null ? null : LocalDate.ofInstant(due, ENGLAND);
            return new OpenTask(task.getId(), task.getName(), task.getAssignee(),
                    assessment == null ? null : assessment.getId(),
                    assessment == null ? null : assessment.getReference(),
                    assessment == null ? null : assessment.getTitle(),
                    dueDay, due != null && due.isBefore(now));
        }).toList();
    }
}
