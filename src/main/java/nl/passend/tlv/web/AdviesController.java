package nl.passend.tlv.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deskundige's act: the deskundigenadvies on an assigned request (WPO art. 18a lid 11). */
@Controller
class AdviesController {

    private final AdviesService adviezen;
    private final CasePage page;

    AdviesController(AdviesService adviezen, CasePage page) {
        this.adviezen = adviezen;
        this.page = page;
    }

    @PostMapping("/tlv/aanvragen/{id}/adviezen")
    String advise(@PathVariable UUID id, @Valid @ModelAttribute("adviesForm") AdviesInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_ADVISE);
        if (binding.hasErrors()) {
            return page.render(model, user, id);
        }
        try {
            adviezen.advise(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FieldRejections.reject(binding, e, FieldRejections::adviesField);
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.case.adviesSaved");
        return CaseController.redirectTo(id);
    }
}
