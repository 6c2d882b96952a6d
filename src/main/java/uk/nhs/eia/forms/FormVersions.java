package uk.nhs.eia.forms;

import java.util.Optional;

/**
 * The form as it was when answers were given: answers are shown with the questions and labels of the version they
 * were given in, not those of today's form files.
 */
public interface FormVersions {

    /** The form with this id at this version, or today's form where the version is not deployed. */
    Optional<FormDefinition> of(String formId, int version);
}
