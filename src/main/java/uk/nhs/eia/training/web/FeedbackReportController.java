package uk.nhs.eia.training.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.FeedbackReports;

/** What delegates said across every session, for eia-admins. */
@Controller
@AdminsOnly
class FeedbackReportController {

    private final FeedbackReports reports;

    FeedbackReportController(FeedbackReports reports) {
        this.reports = reports;
    }

    @GetMapping("/admin/training/feedback")
    String overview(Model model) {
        model.addAttribute("overview", reports.overview());
        return "admin/training-feedback";
    }
}
