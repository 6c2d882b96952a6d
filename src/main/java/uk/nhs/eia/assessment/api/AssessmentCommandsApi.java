package uk.nhs.eia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentCommands;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.assessment.AssessmentSummary;

/** Starting, sharing and withdrawing assessments, for clients of the JSON API. */
@RestController
@RequestMapping("/api/assessments")
class AssessmentCommandsApi {

    private final AssessmentCommands commands;
    private final AssessmentShares shares;

    AssessmentCommandsApi(AssessmentCommands commands, AssessmentShares shares) {
        this.commands = commands;
        this.shares = shares;
    }

    @Operation(summary = "Start an assessment", description = "The body holds the fields of the proposal-details form. "
            + "201 with the new assessment; 422 naming each field to fix; 403 for people who are not EIA authors.")
    @PostMapping
    ResponseEntity<Started> start(@RequestBody Map<String, Object> proposal, Principal person) {
        AssessmentView assessment = commands.start(person.getName(), proposal);
        return ResponseEntity.created(URI.create("/api/assessments/" + assessment.getId())).body(Started.of(assessment));
    }

    @Operation(summary = "Withdraw an assessment in progress", description = "Only its author; 409 once it has left "
            + "progress (published, screened out, rejected or withdrawn); 422 without a reason.")
    @PostMapping("/{id}/withdraw")
    AssessmentSummary withdraw(@PathVariable Long id, @RequestBody Withdrawal body, Principal person) {
        return AssessmentSummary.of(commands.withdraw(id, person.getName(), body.reason()));
    }

    @Operation(summary = "Hand an assessment over to another author", description = "Its author, or an eia-admin when "
            + "the author has gone, names another EIA author (not its decision-maker) and says why. Its answers, drafts, "
            + "files and history stay with it; its author steps, open now or to come, are the new author's. 200 with the "
            + "assessment; 422 naming username or reason; 403 for anyone else; 409 once it is withdrawn or rejected.")
    @PutMapping("/{id}/author")
    AssessmentSummary handOver(@PathVariable Long id, @RequestBody Handover body, Principal person) {
        return AssessmentSummary.of(commands.handOver(id, person.getName(), body.username(), body.reason()));
    }

    record Handover(String username, String reason) {
    }

    @Operation(summary = "Share an assessment with a co-author", description = "Only its author; the co-author, an EIA "
            + "author, may then read it and work on its author steps. 204; 422 naming username; 403.")
    @PostMapping("/{id}/shares")
    ResponseEntity<Void> share(@PathVariable Long id, @RequestBody CoAuthor body, Principal person) {
        shares.share(id, person.getName(), body.username());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/shares/{username}")
    ResponseEntity<Void> unshare(@PathVariable Long id, @PathVariable String username, Principal person) {
        shares.unshare(id, person.getName(), username);
        return ResponseEntity.noContent().build();
    }

    record CoAuthor(String username) {
    }

    record Started(Long id, String reference, String status, String processInstanceId) {
        static Started of(AssessmentView assessment) {
            return new Started(assessment.getId(), assessment.getReference(), assessment.getStatus().name(),
                    assessment.getProcessInstanceId());
        }
    }

    record Withdrawal(String reason) {
    }
}
