package uk.nhs.eia.assessment.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentConflict;
import uk.nhs.eia.assessment.AssessmentForbidden;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

@Component
class EngineAssessmentCommands implements AssessmentCommands {

    static final String WITHDRAWAL = "withdraw-assessment";

    private final FormService forms;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AssessmentService assessments;
    private final People people;

    EngineAssessmentCommands(FormService forms, RepositoryService repository, RuntimeService runtime,
            IdentityService identity, AssessmentService assessments, People people) {
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
}
