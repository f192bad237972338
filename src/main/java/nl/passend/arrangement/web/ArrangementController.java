package nl.passend.arrangement.web;

import java.util.UUID;

import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.EvaluatieUitkomst;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of a granted arrangement with its evaluations, and the evaluation that extends or closes it. */
@Controller
class ArrangementController {

    private final ArrangementService arrangementen;
    private final OndersteuningsaanvraagService aanvragen;
    private final AanvraagPage labels;

    ArrangementController(ArrangementService arrangementen, OndersteuningsaanvraagService aanvragen,
                          AanvraagPage labels) {
        this.arrangementen = arrangementen;
        this.aanvragen = aanvragen;
        this.labels = labels;
    }

    @GetMapping("/arrangementen/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return render(model, user, id);
    }

    /** The screen of an evaluation deadline on the worklist: its arrangement. */
    @GetMapping("/arrangementen/evaluatiemoment/{momentId}")
    String moment(@PathVariable UUID momentId) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        UUID id = arrangementen.ofEvaluatiemoment(user, momentId)
                .orElseThrow(() -> new PassendException.NotFound("arrangement-not-found"));
        return "redirect:/arrangementen/" + id;
    }

    @PostMapping("/arrangementen/{id}/evaluatie")
    String evaluate(@PathVariable UUID id, @ModelAttribute("evaluatieForm") AanvraagForms.EvaluatieForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (binding.hasErrors()) {
            return render(model, user, id);
        }
        try {
            Arrangement a = arrangementen.evaluate(user, id, form.toInput(), form.getVersion());
            redirect.addFlashAttribute("message", a.status().name().equals("AFGESLOTEN")
                    ? "arrangement.flash.afgesloten" : "arrangement.flash.verlengd");
            return "redirect:/arrangementen/" + id;
        } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
            FormErrors.reject(binding, e);
            return render(model, user, id);
        } catch (PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/arrangementen/" + id;
        }
    }

    private String render(Model model, CurrentUser user, UUID id) {
        Arrangement arr = arrangementen.get(user, id);
        model.addAttribute("r", arr);
        boolean readsAanvraag = user.can(Permission.AANVRAAG_READ);
        Ondersteuningsaanvraag a = readsAanvraag ? aanvragen.get(user, arr.aanvraagId()) : null;
        model.addAttribute("a", a);
        // the findings of an evaluation are health details: not for the bestuur
        boolean health = a != null && a.healthVisible();
        model.addAttribute("evaluaties", health ? arrangementen.evaluaties(user, id) : java.util.List.of());
        model.addAttribute("momenten", readsAanvraag ? aanvragen.evaluatiemomenten(user, arr.aanvraagId()) : java.util.List.of());
        boolean canEvaluate = a != null && AanvraagPage.actions(user, a, false).evaluate();
        model.addAttribute("canEvaluate", canEvaluate);
        if (!model.containsAttribute("evaluatieForm")) {
            AanvraagForms.EvaluatieForm f = new AanvraagForms.EvaluatieForm();
            f.setVersion(a == null ? null : a.version());
            f.setUitkomst(EvaluatieUitkomst.AFSLUITEN);
            model.addAttribute("evaluatieForm", f);
        }
        model.addAttribute("evaluatieUitkomstOptions", labels.options("arrangement.evaluatie.uitkomst.",
                EvaluatieUitkomst.values()));
        return "arrangement/arrangement";
    }
}
