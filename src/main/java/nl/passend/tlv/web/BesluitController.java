package nl.passend.tlv.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The director's acts: the decision (beschikking) on a request in the advice round, and reopening a decided
 * request for a new decision. Also the download of the stored letter, for those allowed to read it.
 */
@Controller
class BesluitController {

    private final BesluitService besluiten;
    private final CasePage page;

    BesluitController(BesluitService besluiten, CasePage page) {
        this.besluiten = besluiten;
        this.page = page;
    }

    @PostMapping("/tlv/aanvragen/{id}/besluit")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("besluitForm") BesluitInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_DECIDE);
        if (binding.hasErrors()) {
            return page.render(model, user, id);
        }
        try {
            besluiten.decide(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FieldRejections.reject(binding, e, FieldRejections::besluitField);
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.decided");
        return CaseController.redirectTo(id);
    }

    @PostMapping("/tlv/aanvragen/{id}/heropenen")
    String reopen(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_DECIDE);
        try {
            besluiten.reopen(user, id);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.reopened");
        return CaseController.redirectTo(id);
    }

    /** The beschikking as stored when the decision was taken (immutable), as a download. */
    @GetMapping("/tlv/besluiten/{besluitId}/beschikking.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID besluitId) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return Downloads.attachment(besluiten.letter(user, besluitId));
    }
}
