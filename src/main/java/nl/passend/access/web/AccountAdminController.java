package nl.passend.access.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.access.Account;
import nl.passend.access.AccountInput;
import nl.passend.access.AccountService;
import nl.passend.access.RoleGrantInput;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder's screens for the users of the SWV: create, roles with scope, (de)activate, password. */
@Controller
@RequestMapping("/beheer/gebruikers")
class AccountAdminController {

    private final AccountService accounts;
    private final ScopeOptions options;
    private final java.time.Clock clock;

    AccountAdminController(AccountService accounts, ScopeOptions options, java.time.Clock clock) {
        this.accounts = accounts;
        this.options = options;
        this.clock = clock;
    }

    private static CurrentUser manager() {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.USER_MANAGE);
        return user;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = manager();
        model.addAttribute("accounts", accounts.list(user));
        model.addAttribute("scopeNames", options.names(user));
        return "access/users";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUser user = manager();
        model.addAttribute("form", new AccountInput());
        addChoices(user, model);
        return "access/user-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = manager();
        if (!binding.hasErrors()) {
            try {
                Account created = accounts.create(user, form);
                redirect.addFlashAttribute("message", "register.saved");
                return "redirect:/beheer/gebruikers/" + created.id();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        form.setPassword(null);
        addChoices(user, model);
        return "access/user-form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CurrentUser user = manager();
        addAccount(model, accounts.get(user, id));
        model.addAttribute("grant", new RoleGrantInput());
        addChoices(user, model);
        return "access/user-detail";
    }

    @PostMapping("/{id}/rollen")
    String addRole(@PathVariable UUID id, @Valid @ModelAttribute("grant") RoleGrantInput grant, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        CurrentUser user = manager();
        if (!binding.hasErrors()) {
            try {
                accounts.addRole(user, id, grant);
                redirect.addFlashAttribute("message", "register.saved");
                return "redirect:/beheer/gebruikers/" + id;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        addAccount(model, accounts.get(user, id));
        addChoices(user, model);
        return "access/user-detail";
    }

    @PostMapping("/{id}/rollen/verwijderen")
    String removeRole(@PathVariable UUID id, @RequestParam Role role, @RequestParam(required = false) UUID scopeId,
                      RedirectAttributes redirect) {
        try {
            accounts.removeRole(manager(), id, role, scopeId);
            redirect.addFlashAttribute("message", "register.saved");
        } catch (PassendException.RuleViolation | PassendException.NotFound e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/status")
    String setActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            accounts.setActive(manager(), id, active);
            redirect.addFlashAttribute("message", "register.saved");
        } catch (PassendException.RuleViolation | PassendException.NotFound e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/tweestaps")
    String resetTotp(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            accounts.resetTotp(manager(), id);
            redirect.addFlashAttribute("message", "register.saved");
        } catch (PassendException.RuleViolation | PassendException.NotFound e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/wachtwoord")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
                         RedirectAttributes redirect) {
        try {
            accounts.resetPassword(manager(), id, password);
            redirect.addFlashAttribute("message", "register.saved");
        } catch (PassendException.RuleViolation | PassendException.NotFound e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    /** The account, and its lock-out moment in Dutch time when it is locked now. */
    private void addAccount(Model model, Account account) {
        model.addAttribute("account", account);
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
            model.addAttribute("lockedUntil", java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                    .withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(account.lockedUntil()));
        }
    }

    private void addChoices(CurrentUser user, Model model) {
        model.addAttribute("roleOptions", options.roles());
        var names = options.names(user);
        model.addAttribute("scopeOptions", ScopeOptions.asOptions(names));
        model.addAttribute("scopeNames", names);
    }
}
