package uk.nhs.eia.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.RegisterQuery;
import uk.nhs.eia.refusal.NotFound;
import uk.nhs.eia.reporting.CumulativeImpacts;
import uk.nhs.eia.reporting.CumulativeTables;
import uk.nhs.eia.reporting.Indicators;
import uk.nhs.eia.reporting.OverdueActions;
import uk.nhs.eia.reporting.RegisterCsv;
import uk.nhs.eia.reporting.ReportRequest;
import uk.nhs.eia.reporting.ReportTable;
import uk.nhs.eia.reporting.Reports;
import uk.nhs.eia.reporting.Summary;
import uk.nhs.eia.reporting.SummaryTables;
import uk.nhs.eia.reporting.TrainingReport;
import uk.nhs.eia.reporting.TrainingTables;

/** Completion and quality figures, the organisation's indicators and the register as CSV, for clients of the JSON API. */
@RestController
@RequestMapping("/api/reports")
class ReportsApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reports reports;
    private final RegisterCsv register;

    ReportsApi(Reports reports, RegisterCsv register) {
        this.reports = reports;
        this.register = register;
    }

    @Operation(summary = "The dashboard's figures", description = "For equality leads and approvers (their "
            + "directorates) and compliance (all). Every filter is optional: directorate code, proposal type, and a "
            + "period (from, to: ISO dates, inclusive) in which the assessments started. 422 names any filter that "
            + "cannot be used; 403 for people who only see their own assessments.")
    @GetMapping("/summary")
    Summary summary(@ParameterObject ReportRequest asked, Principal person) {
        return reports.summary(person.getName(), reports.filter(asked));
    }

    @Operation(summary = "One of the dashboard's tables as CSV", description = "table: status, steps, months, "
            + "step-times, overdue-steps, reviews, actions, quality-scores, failed-checks, returns; filters as the summary.")
    @GetMapping("/summary/{table}.csv")
    ResponseEntity<String> summaryTable(@PathVariable String table, @ParameterObject ReportRequest asked, Principal person) {
        Summary summary = reports.summary(person.getName(), reports.filter(asked));
        return csv(SummaryTables.find(summary, table), table + ".csv");
    }

    @Operation(summary = "Overdue actions", description = "Actions past their due date and not done, in the plans "
            + "assessments stand on now, longest overdue first (at most " + OverdueActions.MAX_LISTED + "); filters as the summary.")
    @GetMapping("/overdue-actions")
    List<OverdueActions.OverdueAction> overdueActions(@ParameterObject ReportRequest asked, Principal person) {
        return reports.overdueActions(person.getName(), reports.filter(asked));
    }

    @Operation(summary = "The training report", description = "For equality leads and approvers (their directorates) "
            + "and compliance (all): EIA authors with current training per directorate (authorsTrained, allAuthors); "
            + "assessments by whether their author was trained when they started them, with mean quality score, checks "
            + "failed apart from check 12, and quality review return rate (qualityByTraining); and training running out "
            + "in the next 90 days (expiring). Filters as the summary; type and period narrow only the assessments.")
    @GetMapping("/training")
    TrainingReport training(@ParameterObject ReportRequest asked, Principal person) {
        return reports.training(person.getName(), reports.filter(asked));
    }

    @Operation(summary = "One of the training report's tables as CSV", description = "table: trained-authors, "
            + "quality-by-training, expiring; filters as the summary.")
    @GetMapping("/training/{table}.csv")
    ResponseEntity<String> trainingTable(@PathVariable String table, @ParameterObject ReportRequest asked, Principal person) {
        TrainingReport report = reports.training(person.getName(), reports.filter(asked));
        return csv(TrainingTables.find(report, table), "training-" + table + ".csv");
    }

    @Operation(summary = "The cumulative impact of proposals on each group", description = "For compliance leads (all) "
            + "and equality leads (their directorates); 403 for others. Over a period (from, to; default the twelve "
            + "months to today) in which impact assessments were submitted, for each characteristic and health-"
            + "inequality group: the proposals signed off or in progress that found a negative or not-known impact "
            + "on it, how many cut a budget or a service, how many have actions in force, how many of those actions "
            + "are overdue, by directorate and by quarter (each cell's proposals from /cumulative/proposals), and flaggedIn: the "
            + "directorates where as many proposals as eia.reports.cumulative-threshold (3) or more hit the group. "
            + "directorate and type narrow the proposals.")
    @GetMapping("/cumulative")
    CumulativeImpacts.CumulativeImpact cumulative(@ParameterObject ReportRequest asked, Principal person) {
        return reports.cumulative(person.getName(), reports.filter(asked));
    }

    @Operation(summary = "The proposals of one cell of the cumulative impact", description = "Those that hit group "
            + "(a key, as the report's rows give it) in quarter (as 2026 Q3; the whole period when left out), at most "
            + CumulativeImpacts.MAX_LISTED + ", oldest first; filters as the report. 422 naming group or quarter.")
    @GetMapping("/cumulative/proposals")
    List<CumulativeImpacts.Proposal> cumulativeProposals(@ParameterObject ReportRequest asked,
            @RequestParam(required = false) String group, @RequestParam(required = false) String quarter,
            Principal person) {
        return reports.cumulativeProposals(person.getName(), reports.filter(asked), group, quarter);
    }

    @Operation(summary = "The cumulative impact as CSV", description = "One row a group, with a column a quarter.")
    @GetMapping("/cumulative.csv")
    ResponseEntity<String> cumulativeCsv(@ParameterObject ReportRequest asked, Principal person) {
        return csv(Optional.of(CumulativeTables.of(reports.cumulative(person.getName(), reports.filter(asked)))),
                "cumulative-impact.csv");
    }

    @Operation(summary = "The organisation's indicators", description = "For compliance leads; filters as the summary.")
    @GetMapping("/indicators")
    Indicators indicators(@ParameterObject ReportRequest asked, Principal person) {
        return reports.indicators(person.getName(), reports.filter(asked));
    }

    @Operation(summary = "The register as CSV", description = "Every assessment the register's search finds that you "
            + "may read, with the register's filters (q, status, directorate, outcome, type, review, sort, order); "
            + "for equality leads, approvers and compliance.")
    @GetMapping("/register.csv")
    void registerCsv(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String directorate, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String type, @RequestParam(required = false) String review,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            Principal person, HttpServletResponse response) throws IOException {
        RegisterQuery query = RegisterQuery.of(q, status, directorate, outcome, type, review, sort, order, null, null);
        RegisterCsv.Export export = register.export(person.getName(), query);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("register.csv").getFirst(HttpHeaders.CONTENT_DISPOSITION));
        export.writeTo(response.getWriter());
    }

    /** The table as a CSV download, or 404 when the report has no table by that name. */
    private static ResponseEntity<String> csv(Optional<ReportTable> table, String filename) {
        return table.map(found -> ResponseEntity.ok().headers(attachment(filename)).contentType(CSV).body(found.csv()))
                .orElseThrow(() -> new NotFound("No such report table", "There is no report table called "
                        + filename.replace(".csv", "")));
    }

    static HttpHeaders attachment(String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        return headers;
    }
}
