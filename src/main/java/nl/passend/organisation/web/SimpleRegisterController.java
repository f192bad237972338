package nl.passend.organisation.web;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import nl.passend.organisation.RegisterEntityService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * List, new, edit and save for a plain register entity, the same for werkgebieden, besturen and
 * gemeenten: read with REGISTER_READ, change with REGISTER_MANAGE, POST-redirect-GET, and a form that
 * keeps what was typed when validation or a service rule refuses it.
 */
abstract class SimpleRegisterController<T, I> {

    private final RegisterEntityService<T, I> service;
    private final String path;
    private final String listView;
    private final String listAttribute;
    private final String formView;
    private final Supplier<I> newInput;
    private final Function<T, I> toInput;

    SimpleRegisterController(RegisterEntityService<T, I> service, String path, String listAttribute, String entity,
                             Supplier<I> newInput, Function<T, I> toInput) {
        this.service = service;
        this.path = path;
        this.listView = "organisation/" + listAttribute;
        this.listAttribute = listAttribute;
        this.formView = "organisation/" + entity + "-form";
        this.newInput = newInput;
        this.toInput = toInput;
    }

    private static CurrentUser user(Permission permission) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(permission);
        return user;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = user(Permission.REGISTER_READ);
        model.addAttribute(listAttribute, service.list(user));
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        return listView;
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        user(Permission.REGISTER_MANAGE);
        model.addAttribute("form", newInput.get());
        return formView;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") I form, BindingResult binding, RedirectAttributes redirect) {
        CurrentUser user = user(Permission.REGISTER_MANAGE);
        return save(binding, redirect, () -> service.create(user, form));
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = user(Permission.REGISTER_MANAGE);
        model.addAttribute("form", toInput.apply(service.get(user, id)));
        model.addAttribute("id", id);
        return formView;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") I form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = user(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        return save(binding, redirect, () -> service.update(user, id, form));
    }

    private String save(BindingResult binding, RedirectAttributes redirect, Runnable act) {
        if (binding.hasErrors()) {
            return formView;
        }
        try {
            act.run();
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return formView;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return "redirect:" + path;
    }
}
