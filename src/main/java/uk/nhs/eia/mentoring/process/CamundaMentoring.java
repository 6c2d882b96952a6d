package uk.nhs.eia.mentoring.process;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringEngine;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.Conflict;

@Component
class CamundaMentoring implements MentoringEngine {

    private final FormService forms;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final People people;

    CamundaMentoring(FormService forms, RepositoryService repository, RuntimeService runtime, TaskService tasks,
            IdentityService identity, People people) {
        this.forms = forms;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.people = people;
    }

    @Override
    public long openCohort(Map<String, Object> answers, String username) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(MentoringProcess.KEY)
                .latestVersion().singleResult().getId();
        identity.setAuthentication(username, people.groupsOf(username));
        try {
            // The cohort's name is the case's business key, so task lists say which cohort a step is for.
            ProcessInstance started = forms.submitStartForm(definition, String.valueOf(answers.get(MentoringForms.COHORT_NAME)), answers);
            return ((Number) runtime.getVariable(started.getId(), MentoringProcess.COHORT_ID)).longValue();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void coachingRequested(String processInstanceId, long pairId) {
        runtime.messageEventReceived(MentoringProcess.COACHING_REQUESTED, pairExecution(processInstanceId, pairId,
                MentoringProcess.COACHING_REQUESTED));
    }

    @Override
    public void pairClosed(String processInstanceId, long pairId) {
        runtime.messageEventReceived(MentoringProcess.PAIR_CLOSED, pairExecution(processInstanceId, pairId,
                MentoringProcess.PAIR_CLOSED));
    }

    @Override
    public void memberReplaced(String processInstanceId, long pairId, String leaver, String newcomer) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (!Long.valueOf(pairId).equals(pairIdOf(task.getExecutionId()))) {
                continue;
            }
            if (leaver.equals(task.getAssignee())) {
                tasks.setAssignee(task.getId(), newcomer);
            }
            boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && leaver.equals(link.getUserId()));
            if (offered) {
                tasks.deleteCandidateUser(task.getId(), leaver);
                tasks.addCandidateUser(task.getId(), newcomer);
            }
        }
    }

    /** The execution of the pair's part of the case that waits for the message; pairs share the cohort's case. */
    private String pairExecution(String processInstanceId, long pairId, String message) {
        for (EventSubscription waiting : runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(message).list()) {
            if (Long.valueOf(pairId).equals(pairIdOf(waiting.getExecutionId()))) {
                return waiting.getExecutionId();
            }
        }
        throw new Conflict("The pair has ended", "The pair's part of the programme has already ended");
    }

    private Long pairIdOf(String executionId) {
        Object id = runtime.getVariable(executionId, MentoringProcess.PAIR_ID);
        return id == null ? null : ((Number) id).longValue();
    }
}
