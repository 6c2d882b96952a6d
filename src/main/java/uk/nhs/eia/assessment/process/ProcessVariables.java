package uk.nhs.eia.assessment.process;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.nhs.eia.contract.Question;

/**
 * Reads the few values the process carries: the record's id, and the answers of its forms, which it carries under
 * their keys, with dates as forms and the API send them.
 */
final class ProcessVariables {

    static final String ASSESSMENT_ID = "assessmentId";
    static final String REFERENCE = "reference";

    private ProcessVariables() {
    }

    static Long assessmentId(VariableScope scope) {
        return ((Number) scope.getVariable(ASSESSMENT_ID)).longValue();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static String answer(VariableScope scope, Question question) {
        return text(scope, question.key());
    }

    /** Camunda Tasklist sends date fields as ISO strings; the API and tests may send dates. */
    static LocalDate date(VariableScope scope, Question question) {
        return toLocalDate(scope.getVariable(question.key()));
    }

    static LocalDate toLocalDate(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ENGLAND);
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
