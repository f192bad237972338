package nl.passend.finance.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponent;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
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

/** Adding, changing and removing the components of a concept verdeelmodel. */
@Controller
@RequestMapping("/financien/verdeelmodellen/{modelId}/componenten")
class VerdeelmodelComponentController {

    private static final String FORM = "finance/model/component-form";

    private final VerdeelmodelService modellen;
    private final VerdeelmodelLabels labels;

    VerdeelmodelComponentController(VerdeelmodelService modellen, VerdeelmodelLabels labels) {
        this.modellen = modellen;
        this.labels = labels;
    }

    @GetMapping("/nieuw")
    String newForm(@PathVariable UUID modelId, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        Verdeelmodel m = modellen.get(user, modelId);
        VerdeelmodelComponentInput form = new VerdeelmodelComponentInput();
        form.setVersion(m.version());
        form.setMaandelijks(true); // required for a vaste voet and per leerling, the usual components
        model.addAttribute("form", form);
        prepare(model, m, null);
        return FORM;
    }

    @PostMapping
    String create(@PathVariable UUID modelId, @Valid @ModelAttribute("form") VerdeelmodelComponentInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                modellen.addComponent(user, modelId, form);
                redirect.addFlashAttribute("message", "verdeelmodel.component.saved");
                return "redirect:/financien/verdeelmodellen/" + modelId;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        prepare(model, modellen.get(user, modelId), null);
        return FORM;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID modelId, @PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        Verdeelmodel m = modellen.get(user, modelId);
        VerdeelmodelComponent c = m.componenten().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new PassendException.NotFound("verdeelmodel-component-not-found"));
        VerdeelmodelComponentInput form = VerdeelmodelComponentInput.of(c);
        form.setVersion(m.version());
        model.addAttribute("form", form);
        prepare(model, m, id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID modelId, @PathVariable UUID id,
                  @Valid @ModelAttribute("form") VerdeelmodelComponentInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                modellen.updateComponent(user, modelId, id, form);
                redirect.addFlashAttribute("message", "verdeelmodel.component.saved");
                return "redirect:/financien/verdeelmodellen/" + modelId;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        prepare(model, modellen.get(user, modelId), id);
        return FORM;
    }

    @PostMapping("/{id}/verwijderen")
    String remove(@PathVariable UUID modelId, @PathVariable UUID id, @RequestParam(required = false) Integer version,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            modellen.removeComponent(user, modelId, id, version);
            redirect.addFlashAttribute("message", "verdeelmodel.component.removed");
        } catch (PassendException.Conflict e) {
            redirect.addFlashAttribute("foutKey", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return "redirect:/financien/verdeelmodellen/" + modelId;
    }

    private void prepare(Model model, Verdeelmodel m, UUID componentId) {
        model.addAttribute("model", m);
        model.addAttribute("componentId", componentId);
        model.addAttribute("soortOptions", labels.soortOptions());
        model.addAttribute("postOptions", labels.lastenOptions());
    }
}
