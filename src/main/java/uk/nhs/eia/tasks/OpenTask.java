package uk.nhs.eia.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A step waiting for someone, with enough of its assessment to recognise it. {@code stepKey} is the step's id in
 * the process model; {@code formId} the form it shows.
 */
public record OpenTask(String id, String name, String stepKey, String assignee, List<String> candidateGroups,
        String formId, Long assessmentId, String reference, String title, LocalDate due, boolean overdue) {
}
