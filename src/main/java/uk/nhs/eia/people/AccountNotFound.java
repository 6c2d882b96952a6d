package uk.nhs.eia.people;

/** No account has this username. */
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(String username) {
        super("There is no account with the username " + username);
    }
}
