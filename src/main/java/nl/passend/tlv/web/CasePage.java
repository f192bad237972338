package nl.passend.tlv.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.access.Directory;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.web.Option;
import nl.passend.tlv.Advies;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.AssignedDeskundige;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.BesluitUitkomst;
import nl.passend.tlv.BijlageService;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvAanvraagStatus;
import nl.passend.tlv.TlvType;
import nl.passend.werkvoorraad.Deadline;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the case page of a TLV request, for every controller that shows it (the page itself, and each act
 * whose refusal re-shows it with the typed input). Which acts are offered is computed here, once, from the
 * user's permissions and the request's state; the services still decide. Parents get their own, plain view.
 */
@Component
class CasePage {

    static final String STAFF_VIEW = "tlv/aanvraag";
    static final String OUDER_VIEW = "tlv/aanvraag-ouder";
    private static final Set<TlvAanvraagStatus> UNDECIDED = Set.of(TlvAanvraagStatus.INGEDIEND,
            TlvAanvraagStatus.AANVULLING_GEVRAAGD, TlvAanvraagStatus.IN_ADVIES);

    /** What the user may do on this request now; the template only shows or hides. */
    public record Actions(boolean complete, boolean askInformation, boolean assign, boolean supplement, boolean advise,
                   boolean decide, boolean reopen, boolean withdraw, boolean upload, boolean readHealth,
                   boolean readLetter, boolean readPupil) {

        public boolean any() {
            return complete || askInformation || assign || supplement || advise || decide || reopen || withdraw;
        }
    }

    private final TlvAanvraagService aanvragen;
    private final BijlageService bijlagen;
    private final AdviesService adviezen;
    private final BesluitService besluiten;
    private final LeerlingService leerlingen;
    private final OpenDeadlines deadlines;
    private final Directory directory;
    private final TlvLabels labels;

    CasePage(TlvAanvraagService aanvragen, BijlageService bijlagen, AdviesService adviezen, BesluitService besluiten,
             LeerlingService leerlingen, OpenDeadlines deadlines, Directory directory, TlvLabels labels) {
        this.aanvragen = aanvragen;
        this.bijlagen = bijlagen;
        this.adviezen = adviezen;
        this.besluiten = besluiten;
        this.leerlingen = leerlingen;
        this.deadlines = deadlines;
        this.directory = directory;
        this.labels = labels;
    }

    /** Fills the model and names the view; forms already in the model (with their errors) are kept. */
    String render(Model model, CurrentUser user, UUID id) {
        TlvAanvraag a = aanvragen.get(user, id);
        model.addAttribute("a", a);
        model.addAttribute("besluiten", besluiten.list(user, id));
        List<Deadline> open = deadlines.of(id);
        model.addAttribute("deadlines", open);
        if (isOuder(user, a)) {
            model.addAttribute("adviezen", adviezen.list(user, id));
            return OUDER_VIEW;
        }
        List<AssignedDeskundige> assigned = adviezen.assigned(user, id);
        Actions can = actions(user, a, assigned, aanvragen.canReadHealth(user, id));
        model.addAttribute("can", can);
        model.addAttribute("canRegisterBezwaar", user.can(nl.passend.shared.security.Permission.BEZWAAR_MANAGE));
        model.addAttribute("assigned", assigned);
        List<Advies> adviesList = can.readHealth() ? advicesOrNone(user, id) : List.of();
        model.addAttribute("adviezen", adviesList);
        model.addAttribute("adviesLabels", adviesList.stream().collect(Collectors.toMap(Advies::id, this::label)));
        model.addAttribute("bijlagen", can.readHealth() ? bijlagen.list(user, id) : List.of());
        model.addAttribute("ownerNames", ownerNames(open, assigned));
        Map<UUID, String> schoolNames = labels.schoolNames(user);
        model.addAttribute("ontvangendeSchoolNaam",
                a.ontvangendeSchoolId() == null ? null : schoolNames.get(a.ontvangendeSchoolId()));
        addForms(model, a);
        addOptions(model, user, can, assigned, adviesList);
        return STAFF_VIEW;
    }

    private boolean isOuder(CurrentUser user, TlvAanvraag a) {
        return user.grants().stream().anyMatch(g -> g.role() == Role.OUDER)
                && !user.can(Permission.TLV_HEALTH_READ) && leerlingen.isOuderOf(user, a.leerlingId());
    }

    private static Actions actions(CurrentUser user, TlvAanvraag a, List<AssignedDeskundige> assigned,
                                   boolean health) {
        TlvAanvraagStatus status = a.status();
        boolean intake = user.can(Permission.TLV_INTAKE);
        boolean request = user.can(Permission.TLV_REQUEST);
        boolean decide = user.can(Permission.TLV_DECIDE);
        boolean awaitsMyAdvice = assigned.stream()
                .anyMatch(d -> d.accountId().equals(user.accountId()) && !d.adviesGegeven());
        return new Actions(
                intake && status == TlvAanvraagStatus.INGEDIEND,
                intake && status.canMoveTo(TlvAanvraagStatus.AANVULLING_GEVRAAGD),
                intake && status == TlvAanvraagStatus.IN_ADVIES,
                request && status == TlvAanvraagStatus.AANVULLING_GEVRAAGD,
                user.can(Permission.TLV_ADVISE) && status == TlvAanvraagStatus.IN_ADVIES && awaitsMyAdvice,
                decide && status == TlvAanvraagStatus.IN_ADVIES,
                decide && status == TlvAanvraagStatus.BESLOTEN,
                (request || intake) && UNDECIDED.contains(status),
                (request || intake) && health && UNDECIDED.contains(status),
                health,
                health,
                user.can(Permission.PUPIL_READ));
    }

    /** The advices for a reader of health details; a refusal means none to show, not an error page. */
    private List<Advies> advicesOrNone(CurrentUser user, UUID id) {
        try {
            return adviezen.list(user, id);
        } catch (PassendException.Forbidden e) {
            return List.of();
        }
    }

    private Map<UUID, String> ownerNames(List<Deadline> open, List<AssignedDeskundige> assigned) {
        Map<UUID, String> names = new HashMap<>();
        assigned.forEach(d -> names.put(d.accountId(), d.naam()));
        for (Deadline d : open) {
            if (d.ownerAccount() != null && !names.containsKey(d.ownerAccount())) {
                directory.displayName(d.ownerAccount()).ifPresent(n -> names.put(d.ownerAccount(), n));
            }
        }
        return names;
    }

    private static void addForms(Model model, TlvAanvraag a) {
        if (!model.containsAttribute("vraagForm")) {
            CaseForms.Vraag vraag = new CaseForms.Vraag();
            vraag.setVersion(a.version());
            model.addAttribute("vraagForm", vraag);
        }
        if (!model.containsAttribute("deskundigeForm")) {
            model.addAttribute("deskundigeForm", new CaseForms.Deskundige());
        }
        if (!model.containsAttribute("bijlageForm")) {
            model.addAttribute("bijlageForm", new CaseForms.Bijlage());
        }
        if (!model.containsAttribute("adviesForm")) {
            model.addAttribute("adviesForm", new AdviesInput());
        }
        if (!model.containsAttribute("besluitForm")) {
            model.addAttribute("besluitForm", new BesluitInput());
        }
    }

    private void addOptions(Model model, CurrentUser user, Actions can, List<AssignedDeskundige> assigned,
                            List<Advies> adviesList) {
        model.addAttribute("typeOptions", labels.options(TlvType.values(), "tlv.type."));
        model.addAttribute("categorieOptions", labels.options(Bekostigingscategorie.values(), "tlv.categorie."));
        if (can.assign()) {
            Set<UUID> already = assigned.stream().map(AssignedDeskundige::accountId).collect(Collectors.toSet());
            model.addAttribute("deskundigeOptions", directory.holders(Role.DESKUNDIGE).stream()
                    .filter(c -> !already.contains(c.id()))
                    .map(c -> new Option(c.id().toString(), c.displayName())).toList());
        }
        if (can.advise()) {
            model.addAttribute("disciplineOptions", labels.options(Discipline.values(), "tlv.discipline."));
        }
        if (can.decide()) {
            model.addAttribute("uitkomstOptions", labels.options(BesluitUitkomst.values(), "tlv.uitkomst."));
            model.addAttribute("ontvangendeSchoolOptions", labels.ontvangendeScholen(user));
            model.addAttribute("adviesOptions", adviesList.stream()
                    .map(v -> new Option(v.id().toString(), label(v))).toList());
        }
    }

    /** How an advice is named in a choice or a decision: name (discipline), outcome, date. */
    private String label(Advies v) {
        return labels.text("tlv.case.advies.option", v.deskundigeNaam(), labels.text("tlv.discipline." + v.discipline()),
                labels.text(v.toelaatbaar() ? "tlv.case.advies.toelaatbaar" : "tlv.case.advies.nietToelaatbaar"),
                TlvLabels.date(v.adviesDatum()));
    }
}
