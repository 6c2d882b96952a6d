package uk.nhs.eia.assessment;

import java.util.Optional;

/** Someone would review or decide on work they did themselves, which the duty of due regard rules out. */
public class DutiesNotSeparated extends RuntimeException {

    public DutiesNotSeparated(String message) {
        super(message);
    }

    /** The refusal somewhere in a failure's causes: the engine wraps what its listeners throw. */
    public static Optional<DutiesNotSeparated> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DutiesNotSeparated refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
