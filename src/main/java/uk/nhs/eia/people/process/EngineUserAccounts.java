package uk.nhs.eia.people.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.people.Account;
import uk.nhs.eia.people.AccountDisabled;
import uk.nhs.eia.people.AccountNotFound;
import uk.nhs.eia.people.AccountRefused;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.DisabledAccounts;
import uk.nhs.eia.people.NewAccount;
import uk.nhs.eia.people.PasswordPolicy;
import uk.nhs.eia.people.SignedInPerson;
import uk.nhs.eia.people.UserAccounts;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.roles.Groups;

@Component
@Transactional
class EngineUserAccounts implements UserAccounts {

    /** Ids the engine accepts and that read well in a URL: letters, digits, dots, hyphens and underscores. */
    /** What a username may be; the engine is told the same ({@link EngineUsernames}). */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IdentityService identity;
    private final Directorates directorates;
    private final DisabledAccounts disabled;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    EngineUserAccounts(IdentityService identity, Directorates directorates, DisabledAccounts disabled,
            ApplicationEventPublisher events, AuditTrail audit) {
        this.identity = identity;
        this.directorates = directorates;
        this.disabled = disabled;
        this.events = events;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> all() {
        return identity.createUserQuery().orderByUserId().asc().list().stream().map(this::account)
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Account get(String username) {
        return account(user(username));
    }

    @Override
    public Account create(NewAccount account) {
        List<FieldError> errors = new ArrayList<>();
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "Enter a username of 2 to 64 lower-case letters, digits, dots, hyphens "
                    + "or underscores, starting with a letter"));
        } else if (identity.createUserQuery().userId(username).count() > 0) {
            errors.add(new FieldError("username", "There is already an account with the username " + username));
        }
        if (blank(account.firstName())) {
            errors.add(new FieldError("firstName", "Enter the first name"));
        }
        if (blank(account.lastName())) {
            errors.add(new FieldError("lastName", "Enter the last name"));
        }
        if (blank(account.email()) || !EMAIL.matcher(account.email().strip()).matches()) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@nhs.net"));
        }
        PasswordPolicy.problems(username, account.password())
                .forEach(problem -> errors.add(new FieldError("password", problem)));
        errors.addAll(unknownGroups(account.groups()));
        errors.addAll(unknownDirectorates(account.directorates()));
        if (!errors.isEmpty()) {
            throw new AccountRefused(errors);
        }
        User user = identity.newUser(username);
        user.setFirstName(account.firstName().strip());
        user.setLastName(account.lastName().strip());
        user.setEmail(account.email().strip());
        user.setPassword(account.password());
        identity.saveUser(user);
        orEmpty(account.groups()).forEach(group -> identity.createMembership(username, group));
        directorates.setFor(username, orEmpty(account.directorates()));
        return audited(username, "USER_CREATED", "Account created for " + username);
    }

    @Override
    public Account setGroups(String username, List<String> groups) {
        user(username);
        List<FieldError> errors = unknownGroups(groups);
        if (!errors.isEmpty()) {
            throw new AccountRefused(errors);
        }
        Set<String> wanted = Set.copyOf(orEmpty(groups));
        Set<String> held = identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                .filter(Groups.ALL::contains).collect(Collectors.toSet());
        held.stream().filter(group -> !wanted.contains(group)).forEach(group -> identity.deleteMembership(username, group));
        wanted.stream().filter(group -> !held.contains(group)).forEach(group -> identity.createMembership(username, group));
        SignedInPerson.forget(username);
        return audited(username, "ROLES_CHANGED", "Groups of %s set to %s".formatted(username, wanted.stream().sorted().toList()));
    }

    @Override
    public Account setDirectorates(String username, List<String> codes) {
        user(username);
        List<FieldError> errors = unknownDirectorates(codes);
        if (!errors.isEmpty()) {
            throw new AccountRefused(errors);
        }
        directorates.setFor(username, orEmpty(codes));
        return audited(username, "DIRECTORATES_CHANGED", "Directorates of %s set to %s".formatted(username, orEmpty(codes)));
    }

    @Override
    public Account disable(String username, String byAdministrator) {
        user(username);
        if (username.equals(byAdministrator)) {
            throw new AccountRefused(List.of(new FieldError("username", "You cannot disable your own account")));
        }
        disabled.disable(username, byAdministrator);
        events.publishEvent(new AccountDisabled(username));
        return audited(username, "USER_DISABLED", "Account of %s disabled".formatted(username));
    }

    @Override
    public Account enable(String username) {
        user(username);
        disabled.enable(username);
        return audited(username, "USER_ENABLED", "Account of %s enabled".formatted(username));
    }

    @Override
    public Account setPassword(String username, String password) {
        User user = user(username);
        List<FieldError> errors = PasswordPolicy.problems(username, password).stream()
                .map(problem -> new FieldError("password", problem)).toList();
        if (!errors.isEmpty()) {
            throw new AccountRefused(errors);
        }
        user.setPassword(password);
        identity.saveUser(user);
        identity.unlockUser(username);
        return audited(username, "PASSWORD_SET", "An administrator set a new password for " + username);
    }

    @Override
    // A wrong current password must still count against the account, as at sign-in.
    @Transactional(noRollbackFor = AccountRefused.class)
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        User user = user(username);
        List<FieldError> errors = new ArrayList<>();
        if (blank(currentPassword)) {
            errors.add(new FieldError("currentPassword", "Enter your current password"));
        } else if (!identity.checkPassword(username, currentPassword)) {
            errors.add(new FieldError("currentPassword", "Your current password is not correct"));
        }
        PasswordPolicy.problems(username, newPassword).forEach(problem -> errors.add(new FieldError("newPassword", problem)));
        if (!errors.isEmpty()) {
            throw new AccountRefused(errors);
        }
        user.setPassword(newPassword);
        identity.saveUser(user);
        audited(username, "PASSWORD_CHANGED", username + " changed their own password");
    }

    @Override
    public Account unlock(String username) {
        user(username);
        identity.unlockUser(username);
        return audited(username, "USER_UNLOCKED", "Account of %s unlocked".formatted(username));
    }

    /** The account as it is now, after its change is written to the audit trail with the account's new state. */
    private Account audited(String username, String type, String summary) {
        Account account = get(username);
        audit.record(new AuditSubject("user", username, null, account.toString()), type, summary);
        return account;
    }

    private User user(String username) {
        User user = username == null ? null : identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new AccountNotFound(username);
        }
        return user;
    }

    private Account account(User user) {
        List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId)
                .sorted().toList();
        List<String> codes = directorates.of(user.getId()).stream().map(Directorates.Directorate::code).toList();
        return new Account(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(), groups, codes,
                disabled.isDisabled(user.getId()), locked(user));
    }

    /** Locked after too many wrong passwords, until an administrator unlocks the account. */
    private static boolean locked(User user) {
        return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
                && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime());
    }

    private static List<FieldError> unknownGroups(List<String> groups) {
        return orEmpty(groups).stream().filter(group -> !Groups.ALL.contains(group))
                .map(group -> new FieldError("groups", "There is no group called " + group + "; choose from "
                        + String.join(", ", Groups.ALL)))
                .toList();
    }

    private List<FieldError> unknownDirectorates(List<String> codes) {
        Set<String> known = directorates.all().stream().map(Directorates.Directorate::code).collect(Collectors.toSet());
        return orEmpty(codes).stream().filter(code -> !known.contains(code))
                .map(code -> new FieldError("directorates", "There is no directorate with the code " + code))
                .toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
