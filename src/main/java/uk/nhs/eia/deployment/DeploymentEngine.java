package uk.nhs.eia.deployment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import uk.nhs.eia.refusal.FieldError;

/** What the engine does for a deployment: reads the models and decisions, deploys them, and says what it holds. */
public interface DeploymentEngine {

    /**
     * Every problem the models and decisions have on their own or with each other: a file that is not a model or
     * decisions the engine can read; a start event or user task without a Camunda Form, or with one not among
     * {@code formIds}; a business rule task naming decisions none of the files holds.
     */
    List<FieldError> problems(List<DeploymentFile> modelsAndDecisions, Collection<String> formIds);

    /**
     * Deploys the files together, as a new version of each process they hold.
     *
     * @throws DeploymentRefused naming the file and element of each problem the engine's own parser finds
     */
    Deployment deploy(String name, List<DeploymentFile> files);

    /** The processes deployed, their latest versions first by key. */
    List<DeployedProcess> processes();

    /** What one deployment made: its id and the process versions it holds. */
    record Deployment(String id, List<DeployedProcess> processes) {
    }

    /** A version of a process: its key, name and version number, when it was deployed and how many cases run on it. */
    record DeployedProcess(String key, String name, int version, Instant deployedAt, long runningCases) {
    }
}
