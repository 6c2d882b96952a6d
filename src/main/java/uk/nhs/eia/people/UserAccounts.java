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
}
