package uk.nhs.eia.people;

import java.util.List;

/**
 * A person who can sign in, as administrators manage them.
 *
 * @param locked whether too many wrong passwords have locked the account until an administrator unlocks it
 */
public record Account(String username, String firstName, String lastName, String email, List<String> groups,
        List<String> directorates, boolean disabled, boolean locked) {

    public String name() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
