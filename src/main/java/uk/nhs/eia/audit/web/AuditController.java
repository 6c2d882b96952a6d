package uk.nhs.eia.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.nhs.eia.audit.AuditChain;
import uk.nhs.eia.roles.AuditorsOnly;

/** The audit trail's integrity check as a page, for administrators and compliance leads. */
@Controller
@AuditorsOnly
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
