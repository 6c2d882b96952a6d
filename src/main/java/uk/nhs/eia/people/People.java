package uk.nhs.eia.people;

import java.util.List;
import java.util.Optional;

/** Who is who: the people directory as the rest of the application sees it. */
public interface People {

    boolean isApprover(String username);

    List<String> groupsOf(String username);

    /** The person's e-mail address, when they have one. */
    Optional<String> emailOf(String username);

    /** Whether someone with this username can sign in here. */
    boolean exists(String username);

    /** The person's name as people know them ("Asha Patel"), or their username when the directory has none. */
    String nameOf(String username);

    /** The usernames of a group's members. */
    List<String> membersOf(String group);

    /** The members of a group who can sign in, by name: whom a page may offer to choose for a part in its work. */
    List<Person> activeMembersOf(String group);

    /** The person's groups, directorates and whether they are disabled, read together, for their request to keep. */
    SignedInPerson signedIn(String username);
}
