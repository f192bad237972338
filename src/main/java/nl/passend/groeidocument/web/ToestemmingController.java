package nl.passend.groeidocument.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.OppService;
import nl.passend.groeidocument.Toestemming;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
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

/**
 * The parent's consent page in plain Dutch: per attachment and per recipient yes or no, and agreement
 * (instemming) with the OPP's handelingsdeel. Only parents ({@code TOESTEMMING_GEVEN}) of this child.
 */
@Controller
class ToestemmingController {

    /** The recipients a parent is asked about, in this order. */
    static final List<Ontvanger> ONTVANGERS = List.of(Ontvanger.CONSULENT, Ontvanger.SWV, Ontvanger.DESKUNDIGE,
            Ontvanger.ZORGPARTNER);

    private final LeerlingService leerlingen;
    private final GroeidocumentService documenten;
    private final OppService opps;
    private final ToestemmingService toestemmingen;

    ToestemmingController(LeerlingService leerlingen, GroeidocumentService documenten, OppService opps,
                          ToestemmingService toestemmingen) {
        this.leerlingen = leerlingen;
        this.documenten = documenten;
        this.opps = opps;
        this.toestemmingen = toestemmingen;
    }

    private static CurrentUser user() {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TOESTEMMING_GEVEN);
        return user;
    }

    @GetMapping("/leerlingen/{id}/toestemming")
    String show(@PathVariable UUID id, Model model) {
        return render(model, user(), id);
    }

    @PostMapping("/leerlingen/{id}/toestemming")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("toestemmingForm") ToestemmingForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                form.setOp(null);
                toestemmingen.record(user, form.toInput(id));
                redirect.addFlashAttribute("message", "toestemming.ouder.recorded");
                return "redirect:/leerlingen/" + id + "/toestemming";
            } catch (PassendException.RuleViolation | PassendException.NotFound e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(model, user, id);
    }

    private String render(Model model, CurrentUser user, UUID id) {
        model.addAttribute("l", leerlingen.find(user, id));
        List<Toestemming> all = toestemmingen.list(user, id);
        Map<UUID, Map<Ontvanger, Boolean>> bijlageStand = new HashMap<>();
        for (Toestemming t : all) { // newest first: the first seen wins
            if (t.onderwerp() == ToestemmingOnderwerp.BIJLAGE && t.ontvanger() != null) {
                bijlageStand.computeIfAbsent(t.onderwerpId(), k -> new EnumMap<>(Ontvanger.class))
                        .putIfAbsent(t.ontvanger(), t.gegeven());
            }
        }
        model.addAttribute("bijlagen", documenten.bijlagen(user, id));
        model.addAttribute("bijlageStand", bijlageStand);
        model.addAttribute("ontvangers", ONTVANGERS);
        model.addAttribute("opp", opps.current(user, id).orElse(null));
        model.addAttribute("toestemmingen", all);
        if (!model.containsAttribute("toestemmingForm")) {
            model.addAttribute("toestemmingForm", new ToestemmingForm());
        }
        return "groeidocument/toestemming";
    }
}
