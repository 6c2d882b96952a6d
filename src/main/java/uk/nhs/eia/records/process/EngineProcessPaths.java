package uk.nhs.eia.records.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.records.ElementReached;
import uk.nhs.eia.records.ProcessPaths;

/** The engine's record of a case: the model its process definition was deployed with, and the activities it ran. */
@Component
class EngineProcessPaths implements ProcessPaths {

    /** A subprocess is the frame around steps; marking it would mark everything inside it. */
    private static final Set<String> FRAMES = Set.of("subProcess", "multiInstanceBody");

    private final RepositoryService repository;
    private final HistoryService history;

    EngineProcessPaths(RepositoryService repository, HistoryService history) {
        this.repository = repository;
        this.history = history;
    }

    @Override
    public Optional<String> modelOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return Optional.of(new String(model.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A step cancelled when the case left it another way (a withdrawal) was neither finished nor is it current, so it
     * is left out. Activities started in the same millisecond are kept in the order the engine ran them.
     */
    @Override
    public List<ElementReached> of(String processInstanceId) {
        List<ElementReached> reached = new ArrayList<>();
        int version = 1;
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            if (!FRAMES.contains(activity.getActivityType()) && !activity.isCanceled()) {
                reached.add(new ElementReached(version, activity.getActivityId(), activity.getEndTime() == null));
            }
            // Reassessing takes the same case back to screening: what it reaches afterwards is the next version's.
            if (Step.NEW_VERSION_TASK.equals(activity.getActivityId())) {
                version++;
            }
        }
        return reached;
    }
}
