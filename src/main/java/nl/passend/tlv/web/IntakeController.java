package nl.passend.tlv.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.TlvAanvraagService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SWV medewerker's acts on a request: accept it as complete (the advice round starts), ask the school
 * for more information, assign deskundigen. A refusal re-shows the case page with what was typed.
 */
@Controller
@RequestMapping("/tlv/aanvragen/{id}")
class IntakeController {

    private final TlvAanvraagService aanvragen;
    private final AdviesService adviezen;
    private final CasePage page;

    IntakeController(TlvAanvraagService aanvragen, AdviesService adviezen, CasePage page) {
        this.aanvragen = aanvragen;
        this.adviezen = adviezen;
        this.page = page;
    }

    @PostMapping("/compleet")
    String complete(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                    RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_INTAKE);
        try {
            aanvragen.markComplete(user, id, version);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.completed");
        return CaseController.redirectTo(id);
    }

    @PostMapping("/aanvulling-vragen")
    String askInformation(@PathVariable UUID id, @ModelAttribute("vraagForm") CaseForms.Vraag form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_INTAKE);
        try {
            aanvragen.requestInformation(user, id, form.getVraag(), form.getVersion());
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FieldRejections.reject(binding, e, code -> code.equals("tlv-aanvraag-question-required") ? "vraag" : null);
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.informationRequested");
        return CaseController.redirectTo(id);
    }

    @PostMapping("/deskundigen")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("deskundigeForm") CaseForms.Deskundige form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_INTAKE);
        if (binding.hasErrors()) {
            return page.render(model, user, id);
        }
        try {
            adviezen.assign(user, id, form.getDeskundigeId());
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FieldRejections.reject(binding, e, code -> code.startsWith("tlv-deskundige-") ? "deskundigeId" : null);
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.deskundigeAssigned");
        return CaseController.redirectTo(id);
    }
}
