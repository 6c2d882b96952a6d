package uk.nhs.eia.forms;

import java.util.Map;

/** Evaluates a form's FEEL conditions (the text after {@code =}) against the values a form can see. */
public interface Conditions {

    /** Whether the condition holds; a condition that cannot be evaluated does not hold. */
    boolean holds(String feelExpression, Map<String, Object> values);
}
