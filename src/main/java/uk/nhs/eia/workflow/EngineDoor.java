package uk.nhs.eia.workflow;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.eia.roles.Groups;

/**
 * Who may use which operation of the engine's REST API, at {@code /engine-rest} and in Tasklist's API alike. Anyone
 * signed in may read, and sees what the engine's authorizations show them. People change a case only as the service
 * does: by claiming or putting back a step, submitting a step's form, or starting an assessment with its proposal,
 * each checked by the form engine and the separation of duties. Administrators may also repair a stuck case, and
 * each such change is audited. Nobody changes people, groups or grants here: the service's own pages do that, and
 * audit it; nor works external tasks, which its processes do not have. Every other operation, including any a later
 * engine adds, is refused.
 */
@Component
public class EngineDoor {

    /** What people do to a case through the engine, each checked inside the engine whichever door it came through. */
    static final Set<String> PEOPLES_OPERATIONS = Set.of("claim", "unclaim", "complete", "submit",
            "startProcessInstance", "startProcessInstanceByKey", "submitForm", "submitFormByKey");

    private final EngineOperations operations;

    EngineDoor(EngineOperations operations) {
        this.operations = operations;
    }

    /** What the door does with a request for a path under the engine, made by someone in these groups. */
    public Verdict verdictOn(String method, String pathUnderEngine, Collection<String> groups) {
        Optional<EngineOperation> operation = operations.find(method, pathUnderEngine);
        if (operation.isEmpty()) {
            // Nothing is there to read; a change to something the engine does not describe is never let through.
            return "GET".equalsIgnoreCase(method) ? Verdict.allowed()
                    : Verdict.refused("%s %s is not an operation of the engine's REST API".formatted(method, pathUnderEngine));
        }
        return verdictOn(operation.get(), groups);
    }

    public Verdict verdictOn(EngineOperation operation, Collection<String> groups) {
        if (operation.reads()) {
            return Verdict.allowed();
        }
        if (operation.changesIdentity()) {
            return Verdict.refused(("%s is not open to anyone: people, groups and what they may do are changed on the "
                    + "service's user administration pages, where each change is checked and audited").formatted(operation));
        }
        if (operation.worksExternalTasks()) {
            return Verdict.refused(("%s is not open to anyone: the service's processes have no external tasks for "
                    + "workers to fetch, lock or complete").formatted(operation));
        }
        if (groups.contains(Groups.ADMINS)) {
            return Verdict.audited(operation);
        }
        if (PEOPLES_OPERATIONS.contains(operation.id())) {
            return Verdict.allowed();
        }
        return Verdict.refused(("%s is not open to you: an assessment changes only through its steps' forms, claims "
                + "and the service's own pages").formatted(operation));
    }

    /**
     * @param refusal why the request is refused, or null when it may go on
     * @param audited the operation to record in the audit trail when it succeeds, or null when it changes nothing
     *                that needs recording there
     */
    public record Verdict(String refusal, EngineOperation audited) {

        static Verdict allowed() {
            return new Verdict(null, null);
        }

        static Verdict audited(EngineOperation operation) {
            return new Verdict(null, operation);
        }

        static Verdict refused(String why) {
            return new Verdict(why, null);
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }
}
