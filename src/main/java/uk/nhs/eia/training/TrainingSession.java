package uk.nhs.eia.training;

import java.time.LocalDate;

/** A training session: what, when, who ran it, how (in-person, online, e-learning), how long and for how many. */
public record TrainingSession(Long id, String title, LocalDate heldOn, String trainer, String format, int lengthMinutes,
        int capacity, int delegates) {
}
