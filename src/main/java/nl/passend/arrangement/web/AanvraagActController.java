package nl.passend.arrangement.web;

import java.util.UUID;

import nl.passend.arrangement.ArrangementBesluitService;
import nl.passend.arrangement.BesluitUitkomst;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acts on an aanvraag page, one endpoint per act. A refusal with a rule re-shows the page with the form
 * as typed and the reason; a conflict (someone else acted first) goes back to the fresh page with the reason.
 */
@Controller
class AanvraagActController {

    private final OndersteuningsaanvraagService aanvragen;
    private final ArrangementBesluitService besluiten;
    private final AanvraagPage page;

    AanvraagActController(OndersteuningsaanvraagService aanvragen, ArrangementBesluitService besluiten,
                          AanvraagPage page) {
        this.aanvragen = aanvragen;
        this.besluiten = besluiten;
        this.page = page;
    }

    @PostMapping("/aanvragen/{id}/indienen")
    String submit(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            aanvragen.submit(user, id, version);
            redirect.addFlashAttribute("message", "arrangement.flash.ingediend");
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/fiat")
    String fiat(@PathVariable UUID id, @ModelAttribute("fiatForm") AanvraagForms.TekstForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "arrangement.flash.fiat", () -> aanvragen.fiatteer(
                CurrentUsers.find().orElseThrow(), id, !Boolean.FALSE.equals(form.getAkkoord()), form.getTekst(),
                form.getVersion()));
    }

    @PostMapping("/aanvragen/{id}/in-behandeling")
    String take(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            aanvragen.takeInBehandeling(user, id, null, version);
            redirect.addFlashAttribute("message", "arrangement.flash.inBehandeling");
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/informatie-vragen")
    String askInformation(@PathVariable UUID id, @ModelAttribute("vraagForm") AanvraagForms.TekstForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "arrangement.flash.informatieGevraagd", () -> aanvragen
                .requestInformation(CurrentUsers.find().orElseThrow(), id, form.getTekst(), form.getVersion()));
    }

    @PostMapping("/aanvragen/{id}/aanvullen")
    String supplement(@PathVariable UUID id, @ModelAttribute("aanvulForm") AanvraagForms.TekstForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "arrangement.flash.aangevuld", () -> aanvragen
                .supplement(CurrentUsers.find().orElseThrow(), id, form.getTekst(), null, form.getVersion()));
    }

    @PostMapping("/aanvragen/{id}/mdo")
    String mdo(@PathVariable UUID id, @ModelAttribute("mdoForm") AanvraagForms.MdoForm form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "arrangement.flash.mdo", () -> aanvragen
                .recordMdo(CurrentUsers.find().orElseThrow(), id, form.toInput(), form.getVersion()));
    }

    @PostMapping("/aanvragen/{id}/besluit")
    String decide(@PathVariable UUID id, @ModelAttribute("besluitForm") AanvraagForms.BesluitForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (form.getUitkomst() == BesluitUitkomst.TOEGEKEND) {
            if (binding.hasErrors()) {
                return page.render(model, user, id);
            }
            try {
                var arrangement = besluiten.grant(user, id, form.toInput(), form.getVersion());
                redirect.addFlashAttribute("message", "arrangement.flash.toegekend");
                return "redirect:/arrangementen/" + arrangement.id();
            } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
                FormErrors.reject(binding, e);
                return page.render(model, user, id);
            } catch (PassendException.Conflict e) {
                redirect.addFlashAttribute("error", e.messageKey());
                return back(id);
            }
        }
        return act(id, binding, model, redirect, "arrangement.flash.besloten", () -> {
            if (form.getUitkomst() == BesluitUitkomst.AANGEHOUDEN) {
                besluiten.hold(user, id, form.getGronden(), form.getAangehoudenTot(), form.getVersion());
            } else {
                besluiten.refuse(user, id, form.getGronden(), form.getVersion());
            }
            return null;
        });
    }

    @PostMapping("/aanvragen/{id}/hervatten")
    String resume(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            besluiten.resume(user, id, version);
            redirect.addFlashAttribute("message", "arrangement.flash.hervat");
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return back(id);
    }

    private String act(UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String message,
                       java.util.function.Supplier<?> act) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (binding.hasErrors()) {
            return page.render(model, user, id);
        }
        try {
            act.get();
            redirect.addFlashAttribute("message", message);
            return back(id);
        } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
            FormErrors.reject(binding, e);
            return page.render(model, user, id);
        } catch (PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return back(id);
        }
    }

    private static String back(UUID id) {
        return "redirect:/aanvragen/" + id;
    }
}
