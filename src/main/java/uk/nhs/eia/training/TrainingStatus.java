package uk.nhs.eia.training;

import java.time.LocalDate;

/** Whether a person's EIA training is current today: their latest completion and when it expires (null if none). */
public record TrainingStatus(boolean trained, LocalDate completedOn, LocalDate expiresOn) {
}
