package uk.nhs.eia.forms;

import java.util.List;
import java.util.stream.Collectors;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** Answers that break their form's rules, refused by the form engine whichever door they came through. */
public class AnswersRefused extends Invalid {

    public AnswersRefused(List<FieldError> errors) {
        super("There is a problem: " + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")), errors);
    }
}
