package uk.nhs.eia.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.ProcessContract;
import uk.nhs.eia.deployment.DeploymentEngine.DeployedProcess;
import uk.nhs.eia.deployment.DeploymentEngine.Deployment;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormSchemaException;
import uk.nhs.eia.forms.FormSchemaReader;
import uk.nhs.eia.refusal.FieldError;

/**
 * Deploys processes and forms an eia-admin sends, once every check start-up runs on the service's own has passed: the
 * forms readable and made of components the pages render, the models and decisions readable, every form and decision
 * a model names among the files, and, when they hold the assessment process, its contract. The deployment and its
 * audit event commit together; nothing is deployed when anything is refused.
 */
@Service
public class ProcessDeployments {

    /** The file a refusal names when the problem is with the files as a whole. */
    static final String ALL_FILES = "files";

    private final DeploymentEngine engine;
    private final ProcessContract contract;
    private final AuditTrail audit;

    ProcessDeployments(DeploymentEngine engine, ProcessContract contract, AuditTrail audit) {
        this.engine = engine;
        this.contract = contract;
        this.audit = audit;
    }

    /**
     * @throws DeploymentRefused naming each file and element to change; nothing is deployed
     */
    @Transactional
    public Deployment deploy(List<DeploymentFile> files, String username) {
        List<FieldError> problems = new ArrayList<>(namesAndKinds(files));
        List<FormDefinition> forms = readForms(files, problems);
        List<DeploymentFile> modelsAndDecisions = files.stream().filter(f -> f.isModel() || f.isDecisions()).toList();
        problems.addAll(engine.problems(modelsAndDecisions, forms.stream().map(FormDefinition::id).toList()));
        if (problems.isEmpty()) {
            Map<String, byte[]> byName = new LinkedHashMap<>();
            modelsAndDecisions.forEach(file -> byName.put(file.name(), file.content()));
            contract.disagreements(byName, forms).forEach(disagreement -> problems.add(
                    new FieldError(fileNamed(disagreement, files), disagreement)));
        }
        if (!problems.isEmpty()) {
            throw new DeploymentRefused(problems);
        }
        String names = files.stream().map(DeploymentFile::name).collect(Collectors.joining(", "));
        Deployment deployed = engine.deploy(files.stream().filter(DeploymentFile::isModel).findFirst().orElseThrow().name(),
                files);
        String versions = deployed.processes().stream().map(p -> p.key() + " version " + p.version())
                .collect(Collectors.joining(", "));
        audit.record(new AuditSubject("deployment", deployed.id(), null, "files=" + names + "\nprocesses=" + versions),
                "PROCESS_DEPLOYED", "%s deployed %s: %s".formatted(username, names, versions));
        return deployed;
    }

    /** Every version of every process the engine holds. */
    @Transactional(readOnly = true)
    public List<DeployedProcess> processes() {
        return engine.processes();
    }

    private static List<FieldError> namesAndKinds(List<DeploymentFile> files) {
        List<FieldError> problems = new ArrayList<>();
        if (files.stream().noneMatch(DeploymentFile::isModel)) {
            problems.add(new FieldError(ALL_FILES,
                    "Choose a BPMN model (.bpmn), with the Camunda Forms (.form) and DMN decisions (.dmn) it uses"));
        }
        Set<String> seen = new HashSet<>();
        for (DeploymentFile file : files) {
            if (!file.isModel() && !file.isDecisions() && !file.isForm()) {
                problems.add(new FieldError(file.name(), file.name()
                        + " is not a BPMN model (.bpmn), DMN decisions (.dmn) or a Camunda Form (.form)"));
            } else if (!seen.add(file.name())) {
                problems.add(new FieldError(file.name(), file.name() + " is chosen twice; choose each file once"));
            }
        }
        return problems;
    }

    private static List<FormDefinition> readForms(List<DeploymentFile> files, List<FieldError> problems) {
        FormSchemaReader reader = new FormSchemaReader();
        Map<String, FormDefinition> byId = new LinkedHashMap<>();
        for (DeploymentFile file : files.stream().filter(DeploymentFile::isForm).toList()) {
            try {
                FormDefinition form = reader.read(file.name(), new ByteArrayInputStream(file.content()));
                FormDefinition clash = byId.putIfAbsent(form.id(), form);
                if (clash != null) {
                    problems.add(new FieldError(file.name(), "Form %s has the id \"%s\", which %s has too"
                            .formatted(file.name(), form.id(), clash.source())));
                }
            } catch (FormSchemaException unusable) {
                problems.add(new FieldError(file.name(), unusable.getMessage()));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The file a contract disagreement begins by naming, or all of them. */
    private static String fileNamed(String disagreement, List<DeploymentFile> files) {
        return files.stream().map(DeploymentFile::name).filter(name -> disagreement.startsWith(name + ":")).findFirst()
                .orElse(ALL_FILES);
    }
}
