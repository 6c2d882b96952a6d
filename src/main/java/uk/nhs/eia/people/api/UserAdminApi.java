package uk.nhs.eia.people.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.people.Account;
import uk.nhs.eia.people.NewAccount;
import uk.nhs.eia.people.UserAccounts;
import uk.nhs.eia.roles.AdminsOnly;

/** User administration for eia-admins: the JSON twin of the pages under /admin/users. */
@RestController
@RequestMapping("/api/admin/users")
@AdminsOnly
class UserAdminApi {

    private final UserAccounts accounts;

    UserAdminApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<Account> all() {
        return accounts.all();
    }

    @GetMapping("/{username}")
    Account one(@PathVariable String username) {
        return accounts.get(username);
    }

    @Operation(summary = "Create an account", description = "Password: 12 to 128 characters, not a well-known one, not "
            + "containing the username. 201; 422 naming each field to fix.")
    @PostMapping
    ResponseEntity<Account> create(@RequestBody NewAccount account) {
        Account created = accounts.create(account);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @PutMapping("/{username}/groups")
    Account groups(@PathVariable String username, @RequestBody Groups body) {
        return accounts.setGroups(username, body.groups());
    }

    @PutMapping("/{username}/directorates")
    Account directorates(@PathVariable String username, @RequestBody Directorates body) {
        return accounts.setDirectorates(username, body.directorates());
    }

    @Operation(summary = "Disable an account", description = "The person can no longer sign in anywhere, their "
            + "sessions end, and their open tasks go back to a team's queue.")
    @PostMapping("/{username}/disable")
    Account disable(@PathVariable String username, Principal administrator) {
        return accounts.disable(username, administrator.getName());
    }

    @PostMapping("/{username}/enable")
    Account enable(@PathVariable String username) {
        return accounts.enable(username);
    }

    @Operation(summary = "Set a new password", description = "Under the same policy as a first password; unlocks an "
            + "account that wrong passwords had locked. 422 naming password.")
    @PutMapping("/{username}/password")
    Account password(@PathVariable String username, @RequestBody NewPassword body) {
        return accounts.setPassword(username, body.password());
    }

    @Operation(summary = "Unlock an account", description = "Lets a person whom too many wrong passwords locked out "
            + "sign in again.")
    @PostMapping("/{username}/unlock")
    Account unlock(@PathVariable String username) {
        return accounts.unlock(username);
    }

    record NewPassword(String password) {
    }

    record Groups(List<String> groups) {
    }

    record Directorates(List<String> directorates) {
    }
}
