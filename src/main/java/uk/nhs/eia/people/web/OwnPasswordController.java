package uk.nhs.eia.people.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.people.AccountRefused;
import uk.nhs.eia.people.UserAccounts;

/** Everyone changes their own password on this page, under the same policy as every password the service sets. */
@Controller
class OwnPasswordController {

    private final UserAccounts accounts;

    OwnPasswordController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        return page(List.of(), model);
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            Principal person, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(person.getName(), currentPassword, newPassword);
        } catch (AccountRefused refused) {
            return page(refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", "Your password has been changed");
        return "redirect:/";
    }

    private static String page(List<FieldError> errors, Model model) {
        FieldErrorsOnPage.add(errors, model);
        return "account/password";
    }
}
