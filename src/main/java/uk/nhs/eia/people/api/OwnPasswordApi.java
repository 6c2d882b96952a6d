package uk.nhs.eia.people.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.people.UserAccounts;

/** Everyone changes their own password here: the JSON twin of the page at /account/password. */
@RestController
class OwnPasswordApi {

    private final UserAccounts accounts;

    OwnPasswordApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Change your password", description = "The current password, then a new one of 12 to 128 "
            + "characters that is not a well-known one and does not contain your username. 204; 422 naming "
            + "currentPassword or newPassword. A wrong current password counts as a wrong password at sign-in.")
    @PutMapping("/api/account/password")
    ResponseEntity<Void> change(@RequestBody PasswordChange change, Principal person) {
        accounts.changeOwnPassword(person.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
