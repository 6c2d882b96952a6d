package uk.nhs.eia.forms;

import java.util.Map;

/** Answers that passed their form's checks, with the form and the version of it they were checked against. */
public record FormSubmission(String formId, int formVersion, Map<String, Object> answers) {
}
