package uk.nhs.eia.training.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.FeedbackOverview;
import uk.nhs.eia.training.FeedbackReport;
import uk.nhs.eia.training.FeedbackReports;
import uk.nhs.eia.training.TrainingFeedback.GivenFeedback;
import uk.nhs.eia.training.TrainingFeedback;

/** Delegates give feedback on the sessions they attended; eia-admins read what they said. */
@RestController
@RequestMapping("/api/training")
class TrainingFeedbackApi {

    private final TrainingFeedback feedback;
    private final FeedbackReports reports;

    TrainingFeedbackApi(TrainingFeedback feedback, FeedbackReports reports) {
        this.feedback = feedback;
        this.reports = reports;
    }

    @Operation(summary = "Give feedback on a training session you attended", description = "{\"data\": answers to the "
            + "training-feedback form}: satisfaction \"1\" to \"5\", pace and length (too-slow/about-right/too-fast, "
            + "too-short/about-right/too-long), and optionally paceAndLengthComment, whatHelped and whatToChange. 201; "
            + "422 naming each field to change; 403 for someone with no completion recorded at the session; 409 the "
            + "second time; 404 for no such session.")
    @PostMapping("/sessions/{id}/feedback")
    ResponseEntity<GivenFeedback> give(@PathVariable Long id, @RequestBody Answers body, Principal person) {
        GivenFeedback given = feedback.give(id, person.getName(), body.data() == null ? Map.of() : body.data());
        return ResponseEntity.status(HttpStatus.CREATED).body(given);
    }

    @Operation(summary = "What the delegates of one session said", description = "responses, the count of each "
            + "satisfaction score and their mean, pace and length counts, and the comments; for eia-admins.")
    @GetMapping("/sessions/{id}/feedback")
    @AdminsOnly
    FeedbackReport session(@PathVariable Long id) {
        return reports.forSession(id);
    }

    @Operation(summary = "What delegates said across every session", description = "overall: as for one session; "
            + "sessions: each session's responses and mean satisfaction. For eia-admins.")
    @GetMapping("/feedback")
    @AdminsOnly
    FeedbackOverview overview() {
        return reports.overview();
    }

    /** The answers, as the task forms API takes them. */
    record Answers(Map<String, Object> data) {
    }
}
