package uk.nhs.eia.people.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.eia.people.Account;
import uk.nhs.eia.people.AccountRefused;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.NewAccount;
import uk.nhs.eia.people.UserAccounts;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.roles.AdminsOnly;
import uk.nhs.eia.roles.Groups;

/** User administration pages for eia-admins: the people who can sign in, their groups and directorates. */
@Controller
@AdminsOnly
class UserAdminController {

    private final UserAccounts accounts;
    private final Directorates directorates;

    UserAdminController(UserAccounts accounts, Directorates directorates) {
        this.accounts = accounts;
        this.directorates = directorates;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newAccount(Model model) {
        return newAccountPage(new NewAccount("", "", "", "", "", List.of(), List.of()), List.of(), model);
    }

    @PostMapping("/admin/users/new")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String firstName,
            @RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) List<String> directorates, Model model, RedirectAttributes redirect) {
        NewAccount account = new NewAccount(username, firstName, lastName, email, password, orEmpty(groups),
                orEmpty(directorates));
        try {
            Account created = accounts.create(account);
            redirect.addFlashAttribute("notice", "The account " + created.username() + " has been created");
            return "redirect:/admin/users/" + created.username();
        } catch (AccountRefused refused) {
            return newAccountPage(new NewAccount(username, firstName, lastName, email, "", orEmpty(groups),
                    orEmpty(directorates)), refused.fieldErrors(), model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String edit(@PathVariable String username, Model model) {
        return editPage(accounts.get(username), List.of(), model);
    }

    @PostMapping("/admin/users/{username}")
    String save(@PathVariable String username, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) List<String> directorates, Model model, RedirectAttributes redirect) {
        try {
            accounts.setGroups(username, orEmpty(groups));
            accounts.setDirectorates(username, orEmpty(directorates));
        } catch (AccountRefused refused) {
            return editPage(accounts.get(username), refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", "The groups and directorates of " + username + " have been saved");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username, Principal administrator, Model model, RedirectAttributes redirect) {
        try {
            accounts.disable(username, administrator.getName());
        } catch (AccountRefused refused) {
            return editPage(accounts.get(username), refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", username + " has been disabled; their open tasks are back in their teams' queues");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        accounts.enable(username);
        redirect.addFlashAttribute("notice", username + " can sign in again");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect) {
        try {
            accounts.setPassword(username, password);
        } catch (AccountRefused refused) {
            return editPage(accounts.get(username), refused.fieldErrors(), model);
        }
        redirect.addFlashAttribute("notice", "A new password has been set for " + username + "; tell them it in person or by phone");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(username);
        redirect.addFlashAttribute("notice", username + " can sign in again");
        return "redirect:/admin/users/" + username;
    }

    private String newAccountPage(NewAccount account, List<FieldError> errors, Model model) {
        model.addAttribute("account", account);
        choices(errors, model);
        return "admin/new-user";
    }

    private String editPage(Account account, List<FieldError> errors, Model model) {
        model.addAttribute("account", account);
        choices(errors, model);
        return "admin/user";
    }

    private void choices(List<FieldError> errors, Model model) {
        model.addAttribute("groupChoices", Groups.ALL.stream().collect(Collectors.toMap(group -> group,
                Groups::nameOf, (first, second) -> first, LinkedHashMap::new)));
        model.addAttribute("directorateChoices", directorates.all());
        FieldErrorsOnPage.add(errors, model);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
