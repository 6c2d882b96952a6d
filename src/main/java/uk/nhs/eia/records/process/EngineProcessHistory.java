package uk.nhs.eia.records.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;
import uk.nhs.eia.records.HistoryEntry;
import uk.nhs.eia.records.ProcessHistory;

/** The engine's history of a process: its steps, timers and events, as they started and ended. */
@Component
class EngineProcessHistory implements ProcessHistory {

    /** Gateways and the process's inner scaffolding say nothing a reader needs. */
    private static final Set<String> LEFT_OUT = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "subProcess", "multiInstanceBody");

    private final HistoryService history;

    EngineProcessHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<HistoryEntry> of(String processInstanceId) {
        List<HistoryEntry> entries = new ArrayList<>();
        if (processInstanceId == null) {
            return entries;
        }
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (LEFT_OUT.contains(activity.getActivityType())) {
                continue;
            }
            String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
            entries.add(new HistoryEntry(activity.getStartTime().toInstant(), activity.getAssignee(),
                    activity.getActivityType(), name + " started", "engine"));
            if (activity.getEndTime() != null) {
                entries.add(new HistoryEntry(activity.getEndTime().toInstant(), activity.getAssignee(),
                        activity.getActivityType(), name + (activity.isCanceled() ? " cancelled" : " ended"), "engine"));
            }
        }
        return entries;
    }
}
