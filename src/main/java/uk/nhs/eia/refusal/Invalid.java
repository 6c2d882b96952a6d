package uk.nhs.eia.refusal;

import java.util.List;

/** What was sent cannot be used: every problem at once, each naming the field (and row) to change. */
public non-sealed class Invalid extends Refusal {

    private final List<FieldError> fieldErrors;

    public Invalid(List<FieldError> errors) {
        this(errors.stream().map(FieldError::message).reduce((a, b) -> a + "; " + b).orElse("There is a problem"), errors);
    }

    public Invalid(String message, List<FieldError> errors) {
        super(422, "There is a problem", message);
        this.fieldErrors = List.copyOf(errors);
    }

    /** Each field to change and what to do, as a page shows them in its error summary. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The problems as the JSON API lists them: the field errors, unless a module locates its problems otherwise. */
    public List<?> errors() {
        return fieldErrors;
    }

    /** What the errors are, for someone reading a problem answer. */
    public String detail() {
        return "Some answers need changing; each error names its field.";
    }
}
