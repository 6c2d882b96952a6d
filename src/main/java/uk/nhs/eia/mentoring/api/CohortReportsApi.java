package uk.nhs.eia.mentoring.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.mentoring.CohortReport;
import uk.nhs.eia.mentoring.CohortReports;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.HandoverArchive;
import uk.nhs.eia.mentoring.MentoringAccess;

/** A cohort's report and the files it hands over at the end, for programme leads, eia-admins and compliance. */
@RestController
@RequestMapping("/api/mentoring/cohorts/{id}")
class CohortReportsApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType ZIP = new MediaType("application", "zip");

    private final CohortReports reports;
    private final HandoverArchive archive;
    private final Cohorts cohorts;
    private final MentoringAccess access;

    CohortReportsApi(CohortReports reports, HandoverArchive archive, Cohorts cohorts, MentoringAccess access) {
        this.reports = reports;
        this.archive = archive;
        this.cohorts = cohorts;
        this.access = access;
    }

    @Operation(summary = "A cohort's report", description = "{cohortId, name, the cohort's dates, stage, participation "
            + "(places, applications by side and directorate, paired, left and why), pairs (proposed, running, finished, "
            + "closedEarly, partnersReplaced), meetings, training (the cohort's sessions and who attended), "
            + "coachingCalls, scores (mean confidence, understanding, practice and satisfaction before, at the "
            + "mid-point and at the end, with how many answered), retention}. Means are null when nobody answered. "
            + "403 unless a programme lead, eia-admin or compliance; 404 for no such cohort.")
    @GetMapping("/report")
    CohortReport report(@PathVariable long id, Principal person) {
        access.checkMayReadReports(person.getName());
        return reports.reportOf(id);
    }

    @Operation(summary = "A cohort's report as CSV", description = "text/csv, an attachment: section, figure, value, "
            + "answers (how many answered, beside each mean score). The same access as the report.")
    @GetMapping("/report.csv")
    ResponseEntity<String> reportCsv(@PathVariable long id, Principal person) {
        access.checkMayReadReports(person.getName());
        String csv = reports.csvOf(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment("mentoring-cohort-" + id + "-report.csv"))
                .contentType(CSV).body(csv);
    }

    @Operation(summary = "A cohort's handover files, as a ZIP", description = "application/zip, an attachment: a "
            + "README, the report as CSV, the applications, the pairs and their changes, each agreed contract, the "
            + "meetings, coaching calls and feedback, and a booklet of insights without names. The same access as the "
            + "report.")
    @GetMapping("/handover.zip")
    void handover(@PathVariable long id, Principal person, HttpServletResponse response) throws IOException {
        access.checkMayReadReports(person.getName());
        // Refused now, while the answer can still be a problem rather than half a ZIP.
        cohorts.cohort(id);
        response.setContentType(ZIP.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("mentoring-cohort-" + id + "-handover.zip"));
        archive.write(id, response.getOutputStream());
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
