package uk.nhs.eia.reporting.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.contract.ImpactGroup;
import uk.nhs.eia.forms.FormRenderer.ErrorLink;
import uk.nhs.eia.reporting.ReportFilter;
import uk.nhs.eia.reporting.ReportRequest;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.reporting.CumulativeTables;
import uk.nhs.eia.reporting.Reports;
import uk.nhs.eia.reporting.SummaryTables;
import uk.nhs.eia.reporting.TrainingTables;

/** The dashboard and the organisation's indicators: each figure as a chart with its table beside it and a CSV download. */
@Controller
class ReportsController {

    /** What the cumulative impact's period is of: the impact assessments, not the assessments' start. */
    private static final String ASSESSED = "Impact assessed";

    private final Reports reports;
    private final AssessmentAccess access;

    ReportsController(Reports reports, AssessmentAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/reports")
    String dashboard(ReportRequest asked, Principal person,
            Model model) {
        ReportFilter filter = filter(asked, person, model);
        var summary = reports.summary(person.getName(), filter);
        model.addAttribute("summary", summary);
        model.addAttribute("tables", SummaryTables.of(summary));
        return "reports/dashboard";
    }

    @GetMapping("/reports/overdue-actions")
    String overdueActions(ReportRequest asked, Principal person,
            Model model) {
        ReportFilter filter = filter(asked, person, model);
        model.addAttribute("actions", reports.overdueActions(person.getName(), filter));
        return "reports/overdue-actions";
    }

    @GetMapping("/reports/training")
    String training(ReportRequest asked, Principal person,
            Model model) {
        ReportFilter filter = filter(asked, person, model);
        var report = reports.training(person.getName(), filter);
        model.addAttribute("report", report);
        model.addAttribute("tables", TrainingTables.of(report));
        return "reports/training";
    }

    @GetMapping("/reports/indicators")
    String indicators(ReportRequest asked, Principal person,
            Model model) {
        ReportFilter filter = filter(asked, person, model);
        model.addAttribute("indicators", reports.indicators(person.getName(), filter));
        return "reports/indicators";
    }

    @GetMapping("/reports/cumulative")
    String cumulative(ReportRequest asked, Principal person, Model model) {
        ReportFilter filter = filter(asked, person, model);
        model.addAttribute("periodOf", ASSESSED);
        var report = reports.cumulative(person.getName(), filter);
        model.addAttribute("report", report);
        model.addAttribute("table", CumulativeTables.of(report));
        return "reports/cumulative";
    }

    @GetMapping("/reports/cumulative/proposals")
    String cumulativeProposals(ReportRequest asked, @RequestParam(required = false) String group,
            @RequestParam(required = false) String quarter, Principal person, Model model) {
        ReportFilter filter = filter(asked, person, model);
        model.addAttribute("periodOf", ASSESSED);
        model.addAttribute("proposals", reports.cumulativeProposals(person.getName(), filter, group, quarter));
        model.addAttribute("group", ImpactGroup.byKey(group).map(ImpactGroup::label).orElse(group));
        model.addAttribute("quarter", quarter);
        return "reports/cumulative-proposals";
    }

    /** The filter asked for, or none with the errors to show when it cannot be used. */
    private ReportFilter filter(ReportRequest asked, Principal person, Model model) {
        AssessmentAccess.Reader reader = access.readerFor(person.getName());
        model.addAttribute("directorates", access.directoratesSeenBy(reader));
        model.addAttribute("directorateNames", access.directoratesSeenBy(reader).stream()
                .collect(Collectors.toMap(Directorates.Directorate::code, Directorates.Directorate::name)));
        model.addAttribute("everything", reader.everything());
        model.addAttribute("asked", asked);
        try {
            ReportFilter filter = reports.filter(asked);
            model.addAttribute("errors", List.of());
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("query", query(filter));
            return filter;
        } catch (AssessmentRefused refused) {
            model.addAttribute("errors", refused.fieldErrors().stream().map(error -> new ErrorLink(error.message(), error.key())).toList());
            model.addAttribute("fieldErrors", refused.fieldErrors().stream()
                    .collect(Collectors.toMap(error -> error.key(), error -> error.message(), (first, second) -> first)));
            model.addAttribute("query", "");
            return ReportFilter.none();
        }
    }

    private static String query(ReportFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.directorate() != null) {
            query.queryParam("directorate", filter.directorate());
        }
        if (filter.type() != null) {
            query.queryParam("type", filter.type());
        }
        if (filter.from() != null) {
            query.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            query.queryParam("to", filter.to());
        }
        return query.encode().toUriString();
    }

    /** What the person typed into the filter, shown back to them as they typed it. */}
