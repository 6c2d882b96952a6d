package uk.nhs.eia.training.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.training.Completion;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingSession;
import uk.nhs.eia.training.TrainingStatus;

/** Training records for eia-admins, and anyone's training status for them, their equality leads and compliance. */
@RestController
@RequestMapping("/api/training")
class TrainingApi {

    private final TrainingRecords records;
    private final DelegateImport imports;

    TrainingApi(TrainingRecords records, DelegateImport imports) {
        this.records = records;
        this.imports = imports;
    }

    @GetMapping("/sessions")
    @AdminsOnly
    List<TrainingSession> sessions() {
        return records.sessions();
    }

    @Operation(summary = "Add a training session", description = "format: in-person, online or e-learning; "
            + "lengthMinutes 15 to 1440; capacity 1 to 1000. 201; 422 naming each field to fix.")
    @PostMapping("/sessions")
    @AdminsOnly
    ResponseEntity<TrainingSession> create(@RequestBody TrainingRecords.NewSession session, Principal person) {
        TrainingSession created = records.createSession(session, person.getName());
        return ResponseEntity.created(URI.create("/api/training/sessions/" + created.id())).body(created);
    }

    @GetMapping("/sessions/{id}")
    @AdminsOnly
    Map<String, Object> session(@PathVariable Long id) {
        TrainingSession session = records.session(id);
        List<Completion> delegates = records.completionsAt(id);
        return Map.of("session", session, "delegates", delegates);
    }

    @Operation(summary = "Import a delegate list", description = "text/csv with a header row naming at least username "
            + "and completedOn (an ISO date); optional columns name (for someone with no username) and trainer (yes for "
            + "a delegate who may run sessions). session: the session they attended. If any row is wrong nothing is "
            + "imported and 422 lists every problem as {row, key, message}; otherwise {\"imported\": n}.")
    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain"})
    @AdminsOnly
    Map<String, Integer> importCsv(@RequestBody(required = false) String csv, @RequestParam(required = false) Long session,
            Principal person) {
        return Map.of("imported", imports.importCsv(csv, session, person.getName()));
    }

    @Operation(summary = "Whether a person's EIA training is current", description = "{\"trained\", \"completedOn\", "
            + "\"expiresOn\"}: the person's latest completion. For the person, eia-admins, equality leads and compliance.")
    @GetMapping("/status/{userId}")
    @PreAuthorize("#userId == authentication.name or hasAnyAuthority('GROUP_eia-admins', 'GROUP_equality-leads', 'GROUP_compliance')")
    TrainingStatus status(@PathVariable String userId) {
        return records.statusOf(userId);
    }

}
