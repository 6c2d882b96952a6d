package uk.nhs.eia.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, for every account the service creates: long rather than complicated, as the NCSC
 * advises, and not one that is guessed first.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "changeme", "camunda",
            "password123", "password1234", "passwordpassword", "123456789012", "qwertyuiopas", "letmeinplease",
            "welcome12345", "nhspassword1", "administrator");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words for the person choosing it; empty when it will do. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("Enter a password");
            return problems;
        }
        if (password.length() < MINIMUM_LENGTH) {
            problems.add("The password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            problems.add("The password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower)) {
            problems.add("The password is one of the first that people guess; choose another");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the username");
        }
        return problems;
    }
}
