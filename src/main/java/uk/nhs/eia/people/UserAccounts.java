package uk.nhs.eia.people;

import java.util.List;

/** Accounts as administrators manage them: create, set groups and directorates, disable and enable. */
public interface UserAccounts {

    List<Account> all();

    /** @throws AccountNotFound when there is no such account */
    Account get(String username);

    /** @throws AccountRefused naming each field to fix; nothing is created */
    Account create(NewAccount account);

    /** @throws AccountRefused when a group is unknown */
    Account setGroups(String username, List<String> groups);

    /** @throws AccountRefused when a directorate is unknown */
    Account setDirectorates(String username, List<String> directorates);

    /**
     * Stops the person signing in at every door, ends their sessions and puts their open tasks back in their
     * team's queue ({@link AccountDisabled}).
     *
     * @throws AccountRefused when an administrator would disable themselves
     */
    Account disable(String username, String byAdministrator);

    Account enable(String username);

    /**
     * Gives the person a new password, chosen by an administrator under the same policy as a first one, and lets
     * them sign in again if wrong passwords had locked them out.
     *
     * @throws AccountRefused naming {@code password} when it breaks the policy; nothing is changed
     */
    Account setPassword(String username, String password);

    /**
     * A person changes their own password, saying their current one first; a wrong one counts as a wrong password
     * at sign-in.
     *
     * @throws AccountRefused naming {@code currentPassword} or {@code newPassword}; nothing is changed
     */
    void changeOwnPassword(String username, String currentPassword, String newPassword);

    /** Lets a person whom too many wrong passwords locked out sign in again at once. */
    Account unlock(String username);
}
