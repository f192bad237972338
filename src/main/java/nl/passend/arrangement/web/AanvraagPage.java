package nl.passend.arrangement.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.passend.access.Directory;
import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.ArrangementSoort;
import nl.passend.arrangement.BesluitUitkomst;
import nl.passend.arrangement.BudgetSoort;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.finance.Begrotingspost;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.web.Option;
import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the page of one aanvraag for every controller that shows it (the page, and each act whose refusal
 * re-shows it with the typed input). Which acts this user has now is computed here, once, from the
 * permissions and the state; the template only shows or hides; the services still decide.
 */
@Component
class AanvraagPage {

    static final String VIEW = "arrangement/aanvraag";

    /** The acts offered to the user on this aanvraag now. */
    public record Actions(boolean edit, boolean submit, boolean fiat, boolean take, boolean askInformation,
                          boolean supplement,
                          boolean mdo, boolean decide, boolean resume, boolean evaluate, boolean readHealth) {

        public boolean any() {
            return edit || submit || fiat || take || askInformation || supplement || mdo || decide || resume || evaluate;
        }
    }

    private final OndersteuningsaanvraagService aanvragen;
    private final ArrangementService arrangementen;
    private final GroeidocumentService groeidocumenten;
    private final DeadlineService deadlines;
    private final Directory directory;
    private final MessageSource messages;

    AanvraagPage(OndersteuningsaanvraagService aanvragen, ArrangementService arrangementen,
                 GroeidocumentService groeidocumenten, DeadlineService deadlines, Directory directory,
                 MessageSource messages) {
        this.aanvragen = aanvragen;
        this.arrangementen = arrangementen;
        this.groeidocumenten = groeidocumenten;
        this.deadlines = deadlines;
        this.directory = directory;
        this.messages = messages;
    }

    static Actions actions(CurrentUser user, Ondersteuningsaanvraag a, boolean health) {
        OndersteuningsaanvraagStatus s = a.status();
        boolean file = user.can(Permission.AANVRAAG_FILE);
        boolean handle = user.can(Permission.AANVRAAG_HANDLE);
        boolean concept = file && s == OndersteuningsaanvraagStatus.CONCEPT;
        return new Actions(concept, concept,
                user.can(Permission.AANVRAAG_FIAT) && s == OndersteuningsaanvraagStatus.FIAT_GEVRAAGD,
                handle && s == OndersteuningsaanvraagStatus.INGEDIEND,
                handle && s == OndersteuningsaanvraagStatus.IN_BEHANDELING,
                file && s == OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD,
                handle && s == OndersteuningsaanvraagStatus.IN_BEHANDELING,
                user.can(Permission.AANVRAAG_DECIDE) && s == OndersteuningsaanvraagStatus.MDO,
                handle && s == OndersteuningsaanvraagStatus.BESLOTEN && a.besluitUitkomst() == BesluitUitkomst.AANGEHOUDEN,
                handle && s.lopend(), health);
    }

    /** Fills the model and names the view; forms already in the model (with their errors) are kept. */
    String render(Model model, CurrentUser user, UUID id) {
        Ondersteuningsaanvraag a = aanvragen.get(user, id);
        Actions can = actions(user, a, a.healthVisible());
        model.addAttribute("a", a);
        model.addAttribute("can", can);
        // a parent (and nothing else) reads only the aanvragen of their own child: the way to its consent page
        model.addAttribute("toestemmingLink", user.holdsOnly(Role.OUDER) && a.leerlingId() != null);
        List<Deadline> open = deadlines.openFor(id);
        model.addAttribute("deadlines", open);
        Map<UUID, String> names = new HashMap<>();
        open.stream().map(Deadline::ownerAccount).filter(x -> x != null)
                .forEach(x -> directory.displayName(x).ifPresent(n -> names.put(x, n)));
        if (a.consulentId() != null) {
            directory.displayName(a.consulentId()).ifPresent(n -> names.put(a.consulentId(), n));
        }
        model.addAttribute("names", names);
        model.addAttribute("momenten", aanvragen.evaluatiemomenten(user, id));
        Optional<Arrangement> arrangement = arrangementen.ofAanvraag(user, id);
        model.addAttribute("arrangement", arrangement.orElse(null));
        model.addAttribute("groeidocument", can.readHealth() ? groeidocument(user, a) : null);
        addForms(model, a);
        model.addAttribute("soortOptions", options("arrangement.soort.", ArrangementSoort.values()));
        model.addAttribute("budgetOptions", options("arrangement.budget.", BudgetSoort.values()));
        model.addAttribute("postOptions", options("arrangement.post.", Begrotingspost.OZA, Begrotingspost.WERKGEBIEDEN,
                Begrotingspost.OVERIGE_LASTEN));
        model.addAttribute("uitkomstOptions", options("arrangement.besluit.", BesluitUitkomst.values()));
        return VIEW;
    }

    private GroeidocumentVersie groeidocument(CurrentUser user, Ondersteuningsaanvraag a) {
        if (a.groeidocumentVersieId() == null) {
            return null;
        }
        try {
            return groeidocumenten.version(user, a.groeidocumentVersieId());
        } catch (PassendException.NotFound | PassendException.Forbidden e) {
            return null;
        }
    }

    private static void addForms(Model model, Ondersteuningsaanvraag a) {
        for (String name : List.of("fiatForm", "vraagForm", "aanvulForm", "afwijzenForm", "aanhoudenForm")) {
            if (!model.containsAttribute(name)) {
                AanvraagForms.TekstForm f = new AanvraagForms.TekstForm();
                f.setVersion(a.version());
                f.setAkkoord(Boolean.TRUE);
                model.addAttribute(name, f);
            }
        }
        if (!model.containsAttribute("mdoForm")) {
            AanvraagForms.MdoForm f = new AanvraagForms.MdoForm();
            f.setVersion(a.version());
            model.addAttribute("mdoForm", f);
        }
        if (!model.containsAttribute("besluitForm")) {
            AanvraagForms.BesluitForm f = new AanvraagForms.BesluitForm();
            f.setVersion(a.version());
            f.setSoort(a.isGroep() ? ArrangementSoort.GROEP : ArrangementSoort.INDIVIDUEEL);
            model.addAttribute("besluitForm", f);
        }
    }

    @SafeVarargs
    final <E extends Enum<E>> List<Option> options(String prefix, E... values) {
        return Arrays.stream(values).map(v -> new Option(v.name(),
                messages.getMessage(prefix + v.name(), null, v.name(), LocaleContextHolder.getLocale()))).toList();
    }
}
