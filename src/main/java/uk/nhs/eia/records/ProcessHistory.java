package uk.nhs.eia.records;

import java.util.List;

/** What the workflow engine remembers of a process: each activity started and ended, and by whom. */
public interface ProcessHistory {

    List<HistoryEntry> of(String processInstanceId);
}
