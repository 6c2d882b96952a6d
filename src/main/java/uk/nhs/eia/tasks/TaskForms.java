package uk.nhs.eia.tasks;

import java.util.Map;
import uk.nhs.eia.forms.FormDefinition;

/** The form of an open task, in the version deployed with its process. */
public interface TaskForms {

    /** @throws TaskNotFound when there is no open task with that id */
    FormDefinition formOf(String taskId);

    /** Everything the task can see: its own and its process's variables, as plain values. */
    Map<String, Object> valuesOf(String taskId);

    /** The form-js schema of the task's form, as deployed, for clients that render it themselves. */
    String schemaOf(String taskId);
}
