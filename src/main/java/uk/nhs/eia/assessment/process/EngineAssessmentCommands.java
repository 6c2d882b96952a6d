package uk.nhs.eia.assessment.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentConflict;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.HistoricAssessment;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

@Component
class EngineAssessmentCommands implements AssessmentCommands {

    static final String WITHDRAWAL = "withdraw-assessment";
    static final String IMPORTED = "assessment-imported";

    private final FormService forms;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AssessmentService assessments;
    private final People people;

    EngineAssessmentCommands(FormService forms, RepositoryService repository, RuntimeService runtime, TaskService tasks,
            IdentityService identity, AssessmentService assessments, People people) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.assessments = assessments;
        this.people = people;
    }

    @Override
    public AssessmentView start(String username, Map<String, Object> proposal) {
        List<String> groups = people.groupsOf(username);
        if (!groups.contains(Groups.AUTHORS)) {
            throw new AssessmentForbidden("Only EIA authors can start an assessment");
        }
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(Step.PROCESS_KEY).latestVersion()
                .singleResult().getId();
        // The engine records the signed-in person as the author (camunda:initiator).
        identity.setAuthentication(username, groups);
        try {
            ProcessInstance instance = forms.submitStartForm(definitionId, proposal);
            return assessments.byProcessInstances(List.of(instance.getId())).get(0);
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    @Transactional
    public AssessmentView withdraw(Long id, String username, String reason) {
        AssessmentView assessment = assessments.checkWithdrawal(id, username, reason);
        long correlated = runtime.createMessageCorrelation(WITHDRAWAL)
                .processInstanceId(assessment.getProcessInstanceId())
                .setVariable("withdrawalReason", reason.strip())
                .correlateAllWithResult().size();
        if (correlated == 0) {
            throw new AssessmentConflict("This assessment can no longer be withdrawn");
        }
        return assessments.find(id).orElseThrow();
    }

    /**
     * The process reads its author when an author step starts, so the variable changes with the record; the steps
     * with the old author now, or back in the authors' queue since their account was disabled, go to the new author.
     * Run as the service, not as the person, who may not hand steps to anyone through the engine's own doors.
     */
    @Override
    @Transactional
    public AssessmentView handOver(Long id, String username, String newAuthor, String reason) {
        AssessmentView assessment = assessments.checkHandover(id, username, newAuthor, reason);
        String to = newAuthor.strip();
        String instance = assessment.getProcessInstanceId();
        if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).active().count() > 0) {
            runtime.setVariable(instance, Step.AUTHOR_VARIABLE, to);
            tasks.createTaskQuery().processInstanceId(instance).list().stream()
                    .filter(task -> assessment.getAuthor().equals(task.getAssignee())
                            || (task.getAssignee() == null && authorsStep(task)))
                    .forEach(task -> tasks.setAssignee(task.getId(), to));
        }
        assessments.handedOver(id, to, reason, username);
        return assessments.find(id).orElseThrow();
    }

    /**
     * The process carries what its review steps show and route on: the record's id and reference, the proposal's
     * title and people, and the review date its timer waits for.
     */
    @Override
    @Transactional
    public AssessmentView importHistoric(HistoricAssessment historic, String importedBy) {
        return assessments.importHistoric(historic, importedBy, assessment -> runtime
                .createMessageCorrelation(IMPORTED)
                .processInstanceBusinessKey(assessment.getReference())
                .setVariable(ProcessVariables.ASSESSMENT_ID, assessment.getId())
                .setVariable(ProcessVariables.REFERENCE, assessment.getReference())
                .setVariable(Question.TITLE.key(), historic.title())
                .setVariable(Question.DIRECTORATE.key(), historic.directorate())
                .setVariable(Question.PROPOSAL_TYPE.key(), historic.proposalType())
                .setVariable(Step.AUTHOR_VARIABLE, historic.author())
                .setVariable(Question.DECISION_MAKER.key(), historic.decisionMaker())
                .setVariable(Question.REVIEW_DATE.key(), historic.reviewDate().toString())
                .correlateStartMessage().getId());
    }

    private static boolean authorsStep(Task task) {
        return Step.byKey(task.getTaskDefinitionKey()).map(step -> step.actor() == Step.Actor.AUTHOR).orElse(false);
    }
}
