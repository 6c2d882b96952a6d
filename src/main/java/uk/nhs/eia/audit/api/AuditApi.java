package uk.nhs.eia.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.audit.AuditChain;
import uk.nhs.eia.roles.AuditorsOnly;

/** The integrity check of the audit trail, for administrators and compliance leads. */
@RestController
@AuditorsOnly
class AuditApi {

    private final AuditChain chain;

    AuditApi(AuditChain chain) {
        this.chain = chain;
    }

    @Operation(summary = "Check the audit trail is intact", description = "Recomputes the hash chain over every audit "
            + "event: {\"valid\", \"checked\", \"firstBroken\"} with the first event that was changed, removed or "
            + "reordered, and why. For eia-admins and compliance.")
    @GetMapping("/api/audit/verify")
    AuditChain.Verification verify() {
        return chain.verify();
    }
}
