package uk.nhs.eia.tasks.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormSchemaReader;
import uk.nhs.eia.forms.process.EngineForms;
import uk.nhs.eia.tasks.TaskForms;
import uk.nhs.eia.tasks.TaskNotFound;

@Component
class EngineTaskForms implements TaskForms {

    private final TaskService tasks;
    private final FormService forms;
    private final FormSchemaReader reader = new FormSchemaReader();
    /** Deployed forms never change, so each is read once per process version. */
    private final Map<String, FormDefinition> byProcessAndForm = new ConcurrentHashMap<>();

    EngineTaskForms(TaskService tasks, FormService forms) {
        this.tasks = tasks;
        this.forms = forms;
    }

    @Override
    public FormDefinition formOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotFound(taskId);
        }
        String key = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
        return byProcessAndForm.computeIfAbsent(key, ignored -> read(taskId));
    }

    @Override
    public Map<String, Object> valuesOf(String taskId) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            throw new TaskNotFound(taskId);
        }
        Map<String, Object> values = new HashMap<>();
        tasks.getVariables(taskId).forEach((name, value) -> values.put(name, EngineForms.plain(value)));
        return values;
    }

    @Override
    public String schemaOf(String taskId) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            throw new TaskNotFound(taskId);
        }
        try (InputStream schema = forms.getDeployedTaskForm(taskId)) {
            return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FormDefinition read(String taskId) {
        try (InputStream schema = forms.getDeployedTaskForm(taskId)) {
            return reader.read("task " + taskId, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
