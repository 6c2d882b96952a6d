package uk.nhs.eia.people;

import uk.nhs.eia.refusal.NotFound;

/** No account has this username. */
public class AccountNotFound extends NotFound {

    public AccountNotFound(String username) {
        super("No such account", "There is no account with the username " + username);
    }
}
