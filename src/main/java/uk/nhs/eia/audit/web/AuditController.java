package uk.nhs.eia.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.audit.AuditChain;

/** The audit trail's integrity check as a page, for administrators and compliance leads. */
@Controller
@PreAuthorize("hasAnyAuthority('GROUP_eia-admins', 'GROUP_compliance')")
class AuditController {

    private final AuditChain chain;

    AuditController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit")
    String verify(Model model) {
        model.addAttribute("verification", chain.verify());
        return "audit/verify";
    }
}
