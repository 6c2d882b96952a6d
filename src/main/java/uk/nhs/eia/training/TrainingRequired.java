package uk.nhs.eia.training;

import java.util.Optional;

/** Someone without current EIA training would write an assessment while the policy is to block them. */
public class TrainingRequired extends RuntimeException {

    TrainingRequired(String message) {
        super(message);
    }

    /** The refusal somewhere in a failure's causes: the engine wraps what its listeners and delegates throw. */
    public static Optional<TrainingRequired> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TrainingRequired refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
