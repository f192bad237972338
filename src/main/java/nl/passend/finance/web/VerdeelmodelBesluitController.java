package nl.passend.finance.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelVaststellingInput;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The director's acts on a verdeelmodel: recording the OPR's consent and vaststellen. */
@Controller
@RequestMapping("/financien/verdeelmodellen/{id}")
class VerdeelmodelBesluitController {

    private static final String OPR_FORM = "finance/model/opr-form";

    private final VerdeelmodelService modellen;

    VerdeelmodelBesluitController(VerdeelmodelService modellen) {
        this.modellen = modellen;
    }

    @GetMapping("/opr-instemming")
    String oprForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_ADOPT);
        var m = modellen.get(user, id);
        VerdeelmodelOprInput form = new VerdeelmodelOprInput();
        form.setVersion(m.version());
        model.addAttribute("form", form);
        model.addAttribute("model", m);
        return OPR_FORM;
    }

    @PostMapping("/opr-instemming")
    String recordOpr(@PathVariable UUID id, @Valid @ModelAttribute("form") VerdeelmodelOprInput form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_ADOPT);
        if (!binding.hasErrors()) {
            try {
                modellen.recordOprInstemming(user, id, form);
                redirect.addFlashAttribute("message", "verdeelmodel.opr.saved");
                return "redirect:/financien/verdeelmodellen/" + id;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("model", modellen.get(user, id));
        return OPR_FORM;
    }

    /** Errors come back on the detail page, with what was entered as available amount. */
    @PostMapping("/vaststelling")
    String vaststellen(@PathVariable UUID id, @Valid @ModelAttribute("vaststelling") VerdeelmodelVaststellingInput form,
                       BindingResult binding, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_ADOPT);
        String back = "redirect:/financien/verdeelmodellen/" + id;
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("foutKey", "error.verdeelmodel-beschikbaar-ongeldig");
            return back;
        }
        try {
            modellen.vaststellen(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            redirect.addFlashAttribute("foutKey", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
            return form.getBeschikbaar() == null ? back : back + "?beschikbaar=" + form.getBeschikbaar().toPlainString();
        }
        redirect.addFlashAttribute("message", "verdeelmodel.vastgesteld");
        return back;
    }
}
