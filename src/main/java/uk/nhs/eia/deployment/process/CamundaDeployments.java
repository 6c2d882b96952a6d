package uk.nhs.eia.deployment.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.deployment.DeploymentEngine;
import uk.nhs.eia.deployment.DeploymentFile;
import uk.nhs.eia.deployment.DeploymentRefused;
import uk.nhs.eia.refusal.FieldError;

/** Deployments through Camunda's repository: the models read with its model API, deployed together in one deployment. */
@Component
class CamundaDeployments implements DeploymentEngine {

    /** Where deployments made by eia-admins say they came from, beside the service's own from its class path. */
    static final String SOURCE = "eia-admin";

    /** The service's own models, deployed with each release. */
    private static final String OWN_MODELS = "classpath*:processes/*.bpmn";

    private final RepositoryService repository;
    private final ManagementService management;
    private final Set<String> housekeeping;

    CamundaDeployments(RepositoryService repository, ManagementService management) throws IOException {
        this.repository = repository;
        this.management = management;
        this.housekeeping = housekeepingKeys();
    }

    /**
     * The keys of the service's own processes other than the assessment's: its follow-ups and clean-ups, which run on
     * timers and which a deployment from the page could otherwise quietly replace.
     */
    private static Set<String> housekeepingKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources(OWN_MODELS)) {
            try (InputStream in = model.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
            }
        }
        keys.remove(Step.PROCESS_KEY);
        return Set.copyOf(keys);
    }

    @Override
    public List<FieldError> problems(List<DeploymentFile> modelsAndDecisions, Collection<String> formIds) {
        List<FieldError> problems = new ArrayList<>();
        Set<String> decisions = new HashSet<>();
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        for (DeploymentFile file : modelsAndDecisions) {
            try {
                if (file.isDecisions()) {
                    Dmn.readModelFromStream(new ByteArrayInputStream(file.content()))
                            .getModelElementsByType(Decision.class).forEach(decision -> decisions.add(decision.getId()));
                } else {
                    models.put(file.name(), Bpmn.readModelFromStream(new ByteArrayInputStream(file.content())));
                }
            } catch (RuntimeException unreadable) {
                problems.add(new FieldError(file.name(), "%s cannot be read as %s: %s".formatted(file.name(),
                        file.isDecisions() ? "DMN decisions" : "a BPMN model", firstLine(unreadable))));
            }
        }
        models.forEach((name, model) -> {
            problems.addAll(problems(name, model, formIds, decisions));
            model.getModelElementsByType(Process.class).stream().filter(p -> housekeeping.contains(p.getId()))
                    .forEach(p -> problems.add(new FieldError(name, ("%s: process %s is one of the service's own, "
                            + "which run its reminders and clean-ups and come with each release; give yours another id")
                            .formatted(name, p.getId()))));
        });
        return problems;
    }

    private static List<FieldError> problems(String file, BpmnModelInstance model, Collection<String> formIds,
            Set<String> decisions) {
        List<FieldError> problems = new ArrayList<>();
        if (model.getModelElementsByType(Process.class).stream().noneMatch(Process::isExecutable)) {
            problems.add(new FieldError(file, file + " has no executable process"));
        }
        List<FlowNode> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
        model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process && start.getEventDefinitions().isEmpty())
                .forEach(withForms::add);
        for (FlowNode node : withForms) {
            String formRef = node instanceof UserTask task ? task.getCamundaFormRef() : ((StartEvent) node).getCamundaFormRef();
            String formKey = node instanceof UserTask task ? task.getCamundaFormKey() : ((StartEvent) node).getCamundaFormKey();
            String what = (node instanceof UserTask ? "user task " : "start event ") + node.getId();
            if (formKey != null) {
                problems.add(new FieldError(file, ("%s: %s uses camunda:formKey \"%s\"; the service shows Camunda Forms, "
                        + "so give it a camunda:formRef").formatted(file, what, formKey)));
            } else if (formRef == null) {
                problems.add(new FieldError(file, "%s: %s has no form; give it a camunda:formRef to a Camunda Form"
                        .formatted(file, what)));
            } else if (!formIds.contains(formRef)) {
                problems.add(new FieldError(file, "%s: %s shows form \"%s\", which none of the forms chosen has as its id"
                        .formatted(file, what, formRef)));
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String decision = task.getCamundaDecisionRef();
            if (decision != null && !decisions.contains(decision)) {
                problems.add(new FieldError(file, ("%s: business rule task %s uses decision \"%s\", which none of the "
                        + "DMN files chosen holds").formatted(file, task.getId(), decision)));
            }
        }
        return problems;
    }

    @Override
    public Deployment deploy(String name, List<DeploymentFile> files) {
        DeploymentBuilder builder = repository.createDeployment().name(name).source(SOURCE);
        files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        try {
            DeploymentWithDefinitions deployed = builder.deployWithResult();
            return new Deployment(deployed.getId(), deployed.getDeployedProcessDefinitions().stream()
                    .map(definition -> described(definition, deployed.getDeploymentTime().toInstant(), 0)).toList());
        } catch (ParseException refused) {
            List<FieldError> problems = new ArrayList<>();
            refused.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> problems.add(
                    new FieldError(report.getResourceName(), "%s%s: %s".formatted(report.getResourceName(),
                            problem.getMainElementId() == null ? "" : ", element " + problem.getMainElementId(),
                            problem.getMessage())))));
            throw new DeploymentRefused(problems.isEmpty()
                    ? List.of(new FieldError(name, name + ": " + firstLine(refused))) : problems);
        }
    }

    /** Three queries however many versions there are: the versions, their deployments, and their running cases. */
    @Override
    public List<DeployedProcess> processes() {
        Map<String, Instant> deployedAt = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(d -> d.getId(), d -> d.getDeploymentTime().toInstant()));
        Map<String, Integer> running = management.createProcessDefinitionStatisticsQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, ProcessDefinitionStatistics::getInstances));
        return repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list().stream()
                .map(definition -> described(definition, deployedAt.get(definition.getDeploymentId()),
                        running.getOrDefault(definition.getId(), 0)))
                .toList();
    }

    private static DeployedProcess described(ProcessDefinition definition, Instant deployedAt, long running) {
        return new DeployedProcess(definition.getKey(), definition.getName() == null ? definition.getKey()
                : definition.getName(), definition.getVersion(), deployedAt, running);
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
