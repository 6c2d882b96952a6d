package uk.nhs.eia.people;

/** Published when an administrator disables an account, in the same transaction, for the work it held. */
public record AccountDisabled(String username) {
}
