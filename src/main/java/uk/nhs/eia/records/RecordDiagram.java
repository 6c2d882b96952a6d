package uk.nhs.eia.records;

import java.util.List;

/**
 * One version of an assessment drawn on its process model: the BPMN XML of the process version its case runs on
 * (null when it has no case in the engine), and the ids of the model's elements to mark: those it finished, those it
 * is at now, and the steps a reviewer returned it to. {@code versions} says how many versions the assessment has.
 */
public record RecordDiagram(int version, int versions, String bpmnXml, List<String> finished, List<String> current,
        List<String> returned) {
}
