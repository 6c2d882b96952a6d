package uk.nhs.eia.mentoring;

import java.time.Instant;
import java.time.LocalDate;

/** A cohort of the programme: its dates, places, where it is and how many have applied so far. */
public record Cohort(long id, String name, LocalDate applicationsClose, LocalDate programmeStarts, LocalDate midPoint,
        LocalDate programmeEnds, int places, Stage stage, String openedBy, Instant openedAt, int applications) {

    public boolean openForApplications() {
        return stage == Stage.OPEN;
    }

    public boolean full() {
        return applications >= places;
    }
}
