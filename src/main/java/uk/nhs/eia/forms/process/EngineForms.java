package uk.nhs.eia.forms.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.AnswersRefused;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormSchemaReader;
import uk.nhs.eia.forms.FormSubmission;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.refusal.FieldError;

/**
 * Checks a step's answers against the version of its form that was deployed with the case's process, and
 * refuses the step with every error at once. The engine answers the refusal with 400 at {@code /engine-rest} and
 * in Tasklist, and rolls the step back, so nothing is stored.
 */
@Component
public class EngineForms {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPTED = "eia.acceptedAnswers";

    private final FormValidator validator;
    private final FormSchemaReader reader = new FormSchemaReader();
    private final Map<String, DeployedForm> deployed = new ConcurrentHashMap<>();
    /** A process version belongs to its deployment for good; the engine's cache would read the version again. */
    private final Map<String, String> deploymentOf = new ConcurrentHashMap<>();

    EngineForms(FormValidator validator) {
        this.validator = validator;
    }

    /**
     * The accepted answers of a user task being completed, or a refusal naming every field to fix: those its form
     * submission was accepted with, or, where the step was completed with variables, its values checked now.
     */
    public FormSubmission checkTask(DelegateTask task) {
        return acceptedOnce(task, () -> {
            preferSubmittedToPrefilled(task);
            return checkCurrentValues(formRefOf(task), task.getProcessDefinitionId(), task);
        });
    }

    /** Who is submitting the task's answers, as the engine knows them; the assignee when the system completes it. */
    public static String submittedBy(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }

    /** The accepted answers of the start form of the execution's process, or a refusal naming every field to fix. */
    public FormSubmission checkStart(DelegateExecution execution) {
        return acceptedOnce(execution.getProcessInstance(),
                () -> checkCurrentValues(startFormRefOf(execution), execution.getProcessDefinitionId(), execution));
    }

    /**
     * Checks a submission once, whichever door it came through and however many hooks ask for it: the answers
     * accepted are kept on the task or case for the rest of the command as a transient variable, which the engine
     * never stores.
     */
    private static FormSubmission acceptedOnce(VariableScope scope, Supplier<FormSubmission> check) {
        if (scope.getVariableLocalTyped(ACCEPTED) != null) {
            return (FormSubmission) scope.getVariableLocalTyped(ACCEPTED).getValue();
        }
        FormSubmission accepted = check.get();
        if (accepted != null) {
            scope.setVariableLocal(ACCEPTED, Variables.objectValue(accepted, true).create());
        }
        return accepted;
    }

    /** The id of the form a user task shows, or null when it has none. */
    public String formIdOf(DelegateTask task) {
        return formRefOf(task);
    }

    /**
     * Takes a step's large answers out of the process once the record keeps them: the engine carries ids and
     * routing flags, not long text.
     */
    public void release(VariableScope scope, FormSubmission submission) {
        if (submission != null) {
            submission.largeAnswers().forEach(scope::removeVariable);
        }
    }

    /**
     * Shows a returned step its last accepted answers: the large ones, which the process no longer carries, are
     * given to the task itself, so Tasklist and our pages open the step as it was left.
     */
    public void prefill(DelegateTask task, Map<String, Object> lastAnswers, Set<String> largeAnswers) {
        lastAnswers.forEach((key, value) -> {
            if (largeAnswers.contains(key)) {
                task.setVariableLocal(key, value instanceof List<?> || value instanceof Map<?, ?>
                        ? SpinValues.jsonValue(json(value)).create() : value);
            }
        });
    }

    /**
     * A {@code complete} with variables sets them on the process, where a prefilled answer on the task would hide
     * them; the process carries no large answers between steps, so one there now was just sent, and wins.
     */
    private void preferSubmittedToPrefilled(DelegateTask task) {
        for (String key : largeAnswerKeysOf(task)) {
            if (task.hasVariableLocal(key) && task.getExecution().hasVariable(key)) {
                task.removeVariableLocal(key);
            }
        }
    }

    /** Whether the accepted answers of the task hand its work back to an earlier step, as its form defines a return. */
    public boolean returns(DelegateTask task, FormSubmission answers) {
        String formRef = formRefOf(task);
        return formRef != null && answers != null
                && formOf(task.getProcessDefinitionId(), formRef).definition().returns(answers.answers());
    }

    /** The large answers of a task's form, as {@link #prefill} needs them. */
    public Set<String> largeAnswerKeysOf(DelegateTask task) {
        String formRef = formRefOf(task);
        return formRef == null ? Set.of() : formOf(task.getProcessDefinitionId(), formRef).definition().largeAnswerKeys();
    }

    /**
     * Checks exactly what a form submission sent ({@code submit-form} in Tasklist and the REST API), before the
     * engine stores anything, so that keys the form does not have are refused too.
     */
    void checkSubmittedTask(Map<String, Object> submitted, DelegateTask task) {
        acceptedOnce(task, () -> checkSubmitted(formRefOf(task), task.getProcessDefinitionId(), submitted, task));
    }

    void checkSubmittedStart(Map<String, Object> submitted, DelegateExecution processInstance) {
        acceptedOnce(processInstance, () -> checkSubmitted(startFormRefOf(processInstance),
                processInstance.getProcessDefinitionId(), submitted, processInstance));
    }

    private FormSubmission checkSubmitted(String formRef, String processDefinitionId, Map<String, Object> submitted,
            VariableScope scope) {
        if (formRef == null) {
            return null;
        }
        DeployedForm form = formOf(processDefinitionId, formRef);
        Map<String, Object> answers = new HashMap<>();
        submitted.forEach((name, value) -> answers.put(name, plain(value)));
        Map<String, Object> context = new HashMap<>();
        scope.getVariables().forEach((name, value) -> context.put(name, plain(value)));
        context.keySet().removeAll(answers.keySet());
        answers.values().removeIf(Objects::isNull);
        return validate(form, answers, context);
    }

    /** Checks the values the step's form fields hold now: the door that sets variables and completes directly. */
    private FormSubmission checkCurrentValues(String formRef, String processDefinitionId, VariableScope scope) {
        if (formRef == null) {
            return null;
        }
        DeployedForm form = formOf(processDefinitionId, formRef);
        Map<String, Object> answers = new HashMap<>();
        Map<String, Object> context = new HashMap<>();
        scope.getVariables().forEach((name, value) -> (form.keys().contains(name) ? answers : context).put(name, plain(value)));
        answers.values().removeIf(Objects::isNull);
        return validate(form, answers, context);
    }

    /**
     * Refuses, before the engine stores anything, every value sent with a step that is not a question on its form:
     * the door that completes a step with variables takes any name, including the service's own.
     */
    public void refuseUnknownKeys(TaskEntity task, Collection<String> sent) {
        refuseUnknown(formRefOf(task), task.getProcessDefinitionId(), sent);
    }

    /** The same for a process started with variables: they are the answers of its start form, and nothing else. */
    public void refuseUnknownStartKeys(ProcessDefinitionEntity definition, Collection<String> sent) {
        BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findBpmnModelInstanceForProcessDefinition(definition);
        refuseUnknown(startFormRefOf(model), definition.getId(), sent);
    }

    private void refuseUnknown(String formRef, String processDefinitionId, Collection<String> sent) {
        if (sent.isEmpty()) {
            return;
        }
        if (formRef == null) {
            throw new AnswersRefused(sent.stream().sorted().map(key -> new FieldError(key,
                    "This step has no form, so it takes no answers: remove \"%s\"".formatted(key))).toList());
        }
        List<FieldError> unknown = validator.unknownKeys(formOf(processDefinitionId, formRef).definition(), sent);
        if (!unknown.isEmpty()) {
            throw new AnswersRefused(unknown);
        }
    }

    private FormSubmission validate(DeployedForm form, Map<String, Object> answers, Map<String, Object> context) {
        Validation validation = validator.validate(form.definition(), answers, context, Check.COMPLETE);
        if (!validation.valid()) {
            throw new AnswersRefused(validation.errors());
        }
        return new FormSubmission(form.definition().id(), form.version(), validation.accepted(),
                form.definition().largeAnswerKeys());
    }

    private DeployedForm formOf(String processDefinitionId, String formRef) {
        String deploymentId = deploymentOf.computeIfAbsent(processDefinitionId, id -> Context
                .getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id).getDeploymentId());
        return deployed.computeIfAbsent(deploymentId + "/" + formRef, key -> load(deploymentId, formRef));
    }

    private static String formRefOf(DelegateTask task) {
        return ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
    }

    /** The form of the start event the case is starting at; a start by message, which only the service sends, has none. */
    private static String startFormRefOf(DelegateExecution execution) {
        return execution.getBpmnModelElementInstance() instanceof StartEvent start ? start.getCamundaFormRef()
                : startFormRefOf(execution.getBpmnModelInstance());
    }

    private static String startFormRefOf(BpmnModelInstance model) {
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process)
                .map(StartEvent::getCamundaFormRef)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private DeployedForm load(String deploymentId, String formRef) {
        CamundaFormDefinitionEntity definition = Context.getCommandContext().getCamundaFormDefinitionManager()
                .findDefinitionByDeploymentAndKey(deploymentId, formRef);
        if (definition == null) {
            throw new IllegalStateException("No form \"" + formRef + "\" was deployed with deployment " + deploymentId);
        }
        // The form belongs to the process the person is already working in; reading it is the engine's business,
        // not a deployment read on their behalf.
        byte[] schema = Context.getCommandContext().getResourceManager()
                .findResourceByDeploymentIdAndResourceName(deploymentId, definition.getResourceName()).getBytes();
        FormDefinition form = reader.read(definition.getResourceName(), new ByteArrayInputStream(schema));
        return new DeployedForm(form, definition.getVersion(), form.valueKeys());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers that cannot be written as JSON", e);
        }
    }

    /** Tasklist sends lists as Json variables; the checks, the pages and the record want plain lists and maps. */
    public static Object plain(Object value) {
        if (value instanceof SpinJsonNode json) {
            try {
                return JSON.readValue(json.toString(), Object.class);
            } catch (JsonProcessingException e) {
                return json.toString();
            }
        }
        return value;
    }

    private record DeployedForm(FormDefinition definition, int version, Set<String> keys) {
    }
}
