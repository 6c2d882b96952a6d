package uk.nhs.eia.training;

import java.util.Optional;
import uk.nhs.eia.refusal.Forbidden;

/** Someone without current EIA training would write an assessment while the policy is to block them. */
public class TrainingRequired extends Forbidden {

    TrainingRequired(String message) {
        super("You need current EIA training", message);
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(new Remedy("See your EIA training", "/training"));
    }
}
