package uk.nhs.eia.forms;

import java.util.List;

/**
 * The people a field offers by name, for a field whose form names the part they would play in its
 * {@code choosePerson} property (as {@code "choosePerson": "decision-maker"}). The module that defines the part says
 * who may play it; the form engine only lists them, and the answer is still a username checked as any other.
 */
public interface PeopleToChoose {

    /** The part, as forms name it. */
    String part();

    /** Whom the signed-in person may choose, best first: each option's value is a username. */
    List<FormComponent.Option> forSignedInPerson();

    /**
     * Where the page's type-ahead asks as the person types, with what they typed as {@code name}; a field named in
     * {@code choosePersonWithin} is sent along under its own key.
     */
    String searchPath();
}
