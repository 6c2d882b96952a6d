package uk.nhs.eia.records;

import uk.nhs.eia.training.TrainingStatus;

/**
 * The EIA training of someone the record names, in the part they play ("Author", "Equality lead", "Decision-maker");
 * {@code username} and {@code status} are null while nobody has yet played it.
 */
public record PersonTraining(String role, String username, String name, TrainingStatus status) {
}
