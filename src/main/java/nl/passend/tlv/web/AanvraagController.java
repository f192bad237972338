package nl.passend.tlv.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvAanvraagStatus;
import nl.passend.tlv.TlvRoute;

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

/**
 * The school's side of a TLV request: the list of requests within scope, filing a request for a pupil,
 * supplementing it when the SWV asks, and withdrawing it before a decision.
 */
@Controller
@RequestMapping("/tlv/aanvragen")
class AanvraagController {

    private final TlvAanvraagService aanvragen;
    private final LeerlingService leerlingen;
    private final AanvraagFormModel forms;
    private final TlvLabels labels;
    private final CasePage page;

    AanvraagController(TlvAanvraagService aanvragen, LeerlingService leerlingen, AanvraagFormModel forms,
                       TlvLabels labels, CasePage page) {
        this.aanvragen = aanvragen;
        this.leerlingen = leerlingen;
        this.forms = forms;
        this.labels = labels;
        this.page = page;
    }

    @GetMapping
    String list(@RequestParam(required = false) TlvAanvraagStatus status, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_READ);
        model.addAttribute("aanvragen", aanvragen.list(user, status, null));
        model.addAttribute("status", status == null ? null : status.name());
        model.addAttribute("statusOptions", labels.options(TlvAanvraagStatus.values(), "tlv.aanvraag.status."));
        model.addAttribute("ouder", isOuderOnly(user));
        model.addAttribute("canRequest", user.can(Permission.TLV_REQUEST) && user.can(Permission.PUPIL_READ));
        return "tlv/aanvragen";
    }

    /** The request form for a pupil; for a renewal with the expiring TLV chosen. */
    @GetMapping("/nieuw")
    String newForm(@RequestParam(required = false) UUID leerling, @RequestParam(required = false) UUID vorigeTlv,
                   @RequestParam(required = false) TlvRoute route, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_REQUEST);
        if (leerling == null) {
            return "redirect:/leerlingen";
        }
        Leerling l = leerlingen.get(user, leerling);
        TlvAanvraagInput form = new TlvAanvraagInput();
        form.setLeerlingId(l.id());
        form.setSchoolId(l.schoolId());
        form.setVorigeTlvId(vorigeTlv);
        if (route != null) {
            form.setRoute(route);
        } else if (vorigeTlv != null) {
            form.setRoute(TlvRoute.VERLENGING);
        }
        model.addAttribute("form", form);
        return forms.newForm(model, user, l.volledigeNaam(), l.id());
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("form") TlvAanvraagInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_REQUEST);
        if (form.getLeerlingId() == null) {
            return "redirect:/leerlingen";
        }
        if (!binding.hasErrors()) {
            try {
                TlvAanvraag created = aanvragen.submit(user, form);
                redirect.addFlashAttribute("message", "tlv.aanvraag.submitted");
                return CaseController.redirectTo(created.id());
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FieldRejections.reject(binding, e, FieldRejections::aanvraagField);
            }
        }
        Leerling l = leerlingen.find(user, form.getLeerlingId());
        return forms.newForm(model, user, l.volledigeNaam(), l.id());
    }

    /** The request as it stands, to be completed where the SWV asked for more. */
    @GetMapping("/{id}/aanvullen")
    String supplementForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_REQUEST);
        TlvAanvraag a = aanvragen.get(user, id);
        if (a.status() != TlvAanvraagStatus.AANVULLING_GEVRAAGD) {
            return CaseController.redirectTo(id);
        }
        model.addAttribute("form", AanvraagFormModel.of(a));
        return forms.supplementForm(model, user, a, a.version());
    }

    @PostMapping("/{id}/aanvullen")
    String supplement(@PathVariable UUID id, @Valid @ModelAttribute("form") TlvAanvraagInput form,
                      BindingResult binding, @RequestParam(required = false) Integer version, Model model,
                      RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TLV_REQUEST);
        if (!binding.hasErrors()) {
            try {
                aanvragen.supplement(user, id, form, version);
                redirect.addFlashAttribute("message", "tlv.aanvraag.supplemented");
                return CaseController.redirectTo(id);
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FieldRejections.reject(binding, e, FieldRejections::aanvraagField);
            }
        }
        return forms.supplementForm(model, user, aanvragen.get(user, id), version);
    }

    @PostMapping("/{id}/intrekken")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                    RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (!user.can(Permission.TLV_REQUEST) && !user.can(Permission.TLV_INTAKE)) {
            throw new PassendException.Forbidden("forbidden");
        }
        try {
            aanvragen.withdraw(user, id, version);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            return page.render(model, user, id);
        }
        redirect.addFlashAttribute("message", "tlv.aanvraag.withdrawn");
        return CaseController.redirectTo(id);
    }

    /** A parent (and nothing else) sees the list as the requests for their own child. */
    static boolean isOuderOnly(CurrentUser user) {
        return user.holdsOnly(Role.OUDER);
    }
}
