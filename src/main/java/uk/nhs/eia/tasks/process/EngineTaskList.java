package uk.nhs.eia.tasks.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentLabels;
import uk.nhs.eia.assessment.AssessmentLabels.Label;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskList;

@Component
class EngineTaskList implements TaskList {

    private final TaskService tasks;
    private final AssessmentLabels assessments;
    private final JdbcClient jdbc;
    private final Clock clock;

    EngineTaskList(TaskService tasks, AssessmentLabels assessments, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> assignedTo(String username) {
        return open(givenTo(username));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> assignedTo(String username, String processInstanceId) {
        return processInstanceId == null ? List.of() : open(givenTo(username).processInstanceId(processInstanceId));
    }

    private TaskQuery givenTo(String username) {
        List<String> coAuthored = jdbc.sql("select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and USER_ID_ = ?")
                .param(username).query(String.class).list();
        return coAuthored.isEmpty() ? tasks.createTaskQuery().taskAssignee(username)
                : tasks.createTaskQuery().or().taskAssignee(username).taskIdIn(coAuthored.toArray(String[]::new)).endOr();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> claimableBy(List<String> groups) {
        return groups.isEmpty() ? List.of() : open(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenTask> find(String taskId) {
        return open(tasks.createTaskQuery().taskId(taskId)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> stillOpen(Collection<String> taskIds) {
        return taskIds.isEmpty() ? List.of() : open(tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openOn(String processInstanceId) {
        return processInstanceId == null ? List.of() : open(tasks.createTaskQuery().processInstanceId(processInstanceId));
    }

    private List<OpenTask> open(TaskQuery query) {
        List<Task> page = query.active().initializeFormKeys()
                .orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, PAGE);
        Map<String, Label> byProcess = assessments.byProcessInstance(
                page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct().toList());
        Map<String, List<String>> groups = candidateGroups(page.stream().map(Task::getId).toList());
        Map<String, Label> otherCases = otherCases(page.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null && !byProcess.containsKey(id)).distinct().toList());
        Instant now = clock.instant();
        return page.stream().map(task -> {
            Label assessment = byProcess.get(task.getProcessInstanceId());
            Label other = otherCases.get(task.getProcessInstanceId());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            LocalDate dueDay = due == null ? null : LocalDate.ofInstant(due, ENGLAND);
            return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                    groups.getOrDefault(task.getId(), List.of()),
                    task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                    assessment == null ? null : assessment.id(),
                    assessment != null ? assessment.reference() : other == null ? null : other.reference(),
                    assessment != null ? assessment.title() : other == null ? null : other.title(),
                    dueDay, due != null && due.isBefore(now));
        }).toList();
    }

    /**
     * What names a case of another process on a task list: its process's name, and its business key, which such a
     * process sets to say which case it is (a mentoring cohort's name, for one). One query for the whole page.
     */
    private Map<String, Label> otherCases(List<String> processInstanceIds) {
        Map<String, Label> labels = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("""
                        select e.PROC_INST_ID_, d.NAME_, d.KEY_, e.BUSINESS_KEY_ from ACT_RU_EXECUTION e
                        join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                        where e.ID_ = e.PROC_INST_ID_ and e.PROC_INST_ID_ in (:ids)""")
                .param("ids", processInstanceIds)
                .query((row, n) -> Map.entry(row.getString(1), new Label(null, row.getString(2) == null ? row.getString(3)
                        : row.getString(2), row.getString(4) == null ? "" : row.getString(4))))
                .list()
                .forEach(label -> labels.put(label.getKey(), label.getValue()));
        return labels;
    }

    /** One query for the whole page: the engine's API would ask once per task. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        if (taskIds.isEmpty()) {
            return groups;
        }
        jdbc.sql("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ is not null"
                        + " and TASK_ID_ in (:ids) order by GROUP_ID_")
                .param("ids", taskIds)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .forEach(link -> groups.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        return groups;
    }
}
