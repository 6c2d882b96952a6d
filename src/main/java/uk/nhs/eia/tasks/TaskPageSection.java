package uk.nhs.eia.tasks;

import java.util.Map;
import java.util.Optional;

/**
 * Something more a step's page shows below its form, offered by another module (the evidence module's files, for
 * one) without this module knowing it: the page asks every section whether it has something for the step, and
 * renders the fragment it names with the values it gives. A section that refuses what a person sent redirects back
 * to the step's page with its errors in the flash attribute {@link #ERRORS}, which the page's error summary shows.
 */
public interface TaskPageSection {

    /** Flash attribute: what a section refused, as the anchor of the control to change and the message. */
    String ERRORS = "sectionErrors";

    /** What the section shows on this step's page for this person, or nothing for a step it has nothing for. */
    Optional<Shown> forTask(OpenTask task, String username);

    /**
     * A Thymeleaf template whose fragment {@code taskSection} the page renders, reading the values as
     * {@code section.values}.
     */
    record Shown(String template, Map<String, Object> values) {
    }
}
