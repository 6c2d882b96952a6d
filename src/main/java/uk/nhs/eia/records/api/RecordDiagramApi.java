package uk.nhs.eia.records.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.records.RecordDiagram;
import uk.nhs.eia.records.RecordDiagrams;

/**
 * Where a version of an assessment stands in its process, to draw: what the record and history pages' diagrams read.
 * Refused exactly as the record is, by {@link RecordDiagrams}.
 */
@RestController
@RequestMapping("/api/assessments")
class RecordDiagramApi {

    private final RecordDiagrams diagrams;

    RecordDiagramApi(RecordDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @Operation(summary = "One version of an assessment, to draw on its process model", description = "bpmnXml is the "
            + "model of the process version the assessment's case runs on (null when it has no case); finished, current "
            + "and returned are ids of its elements: those the version finished, those it is at now, and the steps a "
            + "reviewer returned it to. A step done before a return and not yet reached again is not finished. version "
            + "is the current one unless given; versions says how many there are. 403 when it is not yours to read; "
            + "404 when there is none; 422 naming version when it has no such version.")
    @GetMapping("/{id}/diagram")
    RecordDiagram diagram(@PathVariable Long id, @RequestParam(required = false) Integer version, Principal person) {
        return diagrams.of(id, version, person.getName());
    }
}
