package uk.nhs.eia.records;

import java.util.List;
import java.util.Optional;

/** What the workflow engine keeps of one case's way through its process model. */
public interface ProcessPaths {

    /**
     * The BPMN model of the process version the case runs on, as it was deployed: a case stays on the version it
     * started on, whatever has been deployed since. Empty when the engine no longer knows the case.
     */
    Optional<String> modelOf(String processInstanceId);

    /** Each element of the model the case reached, in the order it reached them, with the assessment version then. */
    List<ElementReached> of(String processInstanceId);
}
