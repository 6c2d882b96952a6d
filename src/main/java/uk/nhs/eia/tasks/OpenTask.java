package uk.nhs.eia.tasks;

import java.time.LocalDate;

/** A step waiting for someone, with enough of its assessment to recognise it. */
public record OpenTask(String id, String name, String assignee, Long assessmentId, String reference, String title,
        LocalDate due, boolean overdue) {
}
