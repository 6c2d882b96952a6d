package uk.nhs.eia.forms;

import java.util.Map;
import java.util.Set;

/**
 * Answers that passed their form's checks, with the form and the version of it they were checked against, and
 * which of them are too large to carry in the process once they are kept on the record.
 */
public record FormSubmission(String formId, int formVersion, Map<String, Object> answers, Set<String> largeAnswers) {
}
