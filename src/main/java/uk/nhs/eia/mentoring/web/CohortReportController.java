package uk.nhs.eia.mentoring.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.eia.mentoring.CohortReports;
import uk.nhs.eia.mentoring.MentoringAccess;

/** A cohort's report: each figure as a table, the scores also as a chart; its CSV and files come from the API. */
@Controller
class CohortReportController {

    private final CohortReports reports;
    private final MentoringAccess access;

    CohortReportController(CohortReports reports, MentoringAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/mentoring/cohorts/{id}/report")
    String report(@PathVariable long id, Principal person, Model model) {
        access.checkMayReadReports(person.getName());
        model.addAttribute("report", reports.reportOf(id));
        return "mentoring/report";
    }
}
