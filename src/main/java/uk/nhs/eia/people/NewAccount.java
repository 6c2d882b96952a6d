package uk.nhs.eia.people;

import java.util.List;

/** What an administrator gives to create an account. */
public record NewAccount(String username, String firstName, String lastName, String email, String password,
        List<String> groups, List<String> directorates) {
}
