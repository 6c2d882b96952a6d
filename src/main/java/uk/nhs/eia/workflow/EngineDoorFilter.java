package uk.nhs.eia.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.roles.Groups;
import uk.nhs.eia.workflow.EngineDoor.Verdict;

/**
 * Holds every request to the engine's REST API, at {@code /engine-rest} and in Tasklist's API, to the
 * {@link EngineDoor}: a refused one never reaches the engine, and an administrator's change is committed together
 * with its audit event, or not at all. The webapps' own APIs beside the engine's change nothing for people.
 */
class EngineDoorFilter extends OncePerRequestFilter {

    static final String AUDIT_TYPE = "ENGINE_OPERATION";
    private static final Logger LOG = LoggerFactory.getLogger(EngineDoorFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EngineDoor door;
    private final CaseOfAnOperation cases;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    EngineDoorFilter(EngineDoor door, CaseOfAnOperation cases, AuditTrail audit, TransactionTemplate transactions) {
        this.door = door;
        this.cases = cases;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person == null || !person.isAuthenticated()) {
            // Spring Security has already answered anyone not signed in, except where the webapps sign them in.
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = person.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("GROUP_")).map(authority -> authority.substring(6)).toList();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> underEngine = EngineOperations.pathUnderEngine(path);
        Verdict verdict = underEngine.isPresent()
                ? door.verdictOn(request.getMethod(), underEngine.get(), groups)
                : webappVerdict(request.getMethod(), path, groups);
        if (verdict.isRefused()) {
            LOG.info("Refused {} {} for {}: {}", request.getMethod(), path, person.getName(), verdict.refusal());
            refuse(response, verdict.refusal());
        } else if (verdict.audited() != null) {
            auditedChange(request, response, chain, verdict, path, cases.assessmentOf(verdict.audited(), underEngine.orElseThrow()));
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * The webapps' own APIs (Cockpit's, Admin's and Tasklist's plugins) read for their pages; beside signing in and
     * out, only administrators send them anything else, and nobody sets up the first administrator through them.
     */
    private static Verdict webappVerdict(String method, String path, List<String> groups) {
        if ("GET".equals(method) || path.startsWith("/camunda/api/admin/auth/")) {
            return Verdict.allowed();
        }
        if (path.startsWith("/camunda/api/admin/setup/")) {
            return Verdict.refused("Administrators are set up in the service's configuration, not through Camunda Admin");
        }
        return groups.contains(Groups.ADMINS) ? Verdict.allowed()
                : Verdict.refused("%s %s is not open to you".formatted(method, path));
    }

    private void auditedChange(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Verdict verdict, String path, Long assessmentId) throws IOException {
        // Held back until the change and its audit event are committed, so a failed commit is not answered as a success.
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        transactions.executeWithoutResult(transaction -> {
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            if (held.getStatus() < 400) {
                audit.record(new AuditSubject("engine-operation", verdict.audited().id(), assessmentId, null), AUDIT_TYPE,
                        abbreviated("%s %s, an administrator's %s".formatted(request.getMethod(), path, verdict.audited())));
            } else {
                transaction.setRollbackOnly();
            }
        });
        held.copyBodyToResponse();
    }

    private static String abbreviated(String summary) {
        return summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…";
    }

    /** Refused as the engine refuses what someone is not authorized to do, so clients read it as they read its own. */
    private static void refuse(HttpServletResponse response, String why) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message", why));
    }
}
