package uk.nhs.eia.forms.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal the person must put right themselves, thrown from inside the engine so that both of its REST APIs,
 * {@code /engine-rest} and the one Tasklist uses, answer 403 with its message rather than 500; the refusal itself
 * stays the cause, for our own doors to find.
 */
public final class ForbiddenInEngine {

    private ForbiddenInEngine() {
    }

    public static AuthorizationException of(RuntimeException refusal) {
        AuthorizationException forbidden = new AuthorizationException(refusal.getMessage());
        forbidden.initCause(refusal);
        return forbidden;
    }
}
