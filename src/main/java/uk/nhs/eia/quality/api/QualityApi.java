package uk.nhs.eia.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.quality.QualityReport;
import uk.nhs.eia.quality.QualityReports;

/** The quality rubric's findings for an assessment, for clients of the JSON API. */
@RestController
class QualityApi {

    private final QualityReports reports;

    QualityApi(QualityReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "The quality checks of an assessment", description = "score: 0 to 100, the share of automatic "
            + "checks passed; checks: each with id (Q1 to Q18), passed, severity (error, or warning for flags that never "
            + "block), message and field (form#key to fix, or null).")
    @GetMapping("/api/assessments/{id}/quality")
    QualityReport quality(@PathVariable Long id, Principal person) {
        return reports.forReader(id, person.getName());
    }
}
