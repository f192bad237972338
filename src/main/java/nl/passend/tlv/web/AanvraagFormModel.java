package nl.passend.tlv.web;

import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.Option;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvFilter;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvType;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the request form needs besides the input: the pupil, the choices, where it posts. */
@Component
class AanvraagFormModel {

    static final String VIEW = "tlv/aanvraag-form";

    private final TlvRegister register;
    private final TlvLabels labels;

    AanvraagFormModel(TlvRegister register, TlvLabels labels) {
        this.register = register;
        this.labels = labels;
    }

    String newForm(Model model, CurrentUser user, String leerlingNaam, UUID leerlingId) {
        model.addAttribute("leerlingNaam", leerlingNaam);
        model.addAttribute("action", "/tlv/aanvragen");
        model.addAttribute("cancel", "/leerlingen/" + leerlingId);
        addOptions(model, user, leerlingId);
        return VIEW;
    }

    String supplementForm(Model model, CurrentUser user, TlvAanvraag a, Integer version) {
        model.addAttribute("leerlingNaam", a.leerlingNaam());
        model.addAttribute("aanvullingVraag", a.aanvullingVraag());
        model.addAttribute("supplement", true);
        model.addAttribute("version", version);
        model.addAttribute("action", "/tlv/aanvragen/" + a.id() + "/aanvullen");
        model.addAttribute("cancel", "/tlv/aanvragen/" + a.id());
        addOptions(model, user, a.leerlingId());
        return VIEW;
    }

    /** The request as stored, as the starting point of a supplement. */
    static TlvAanvraagInput of(TlvAanvraag a) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(a.leerlingId());
        in.setSchoolId(a.schoolId());
        in.setOntvangendeSchoolId(a.ontvangendeSchoolId());
        in.setRoute(a.route());
        in.setGevraagdType(a.gevraagdType());
        in.setGevraagdeCategorie(a.gevraagdeCategorie());
        in.setGevraagdeIngangsdatum(a.gevraagdeIngangsdatum());
        in.setGevraagdeEinddatum(a.gevraagdeEinddatum());
        in.setGronden(a.gronden());
        in.setMdoDatum(a.mdoDatum());
        in.setMdoUitkomst(a.mdoUitkomst());
        in.setZienswijzeOuders(a.zienswijzeOuders());
        in.setOudersAkkoord(a.oudersAkkoord());
        in.setRedenZonderInstemming(a.redenZonderInstemming());
        in.setVorigeTlvId(a.vorigeTlvId());
        return in;
    }

    private void addOptions(Model model, CurrentUser user, UUID leerlingId) {
        model.addAttribute("routeOptions", labels.options(TlvRoute.values(), "tlv.route."));
        model.addAttribute("typeOptions", labels.options(TlvType.values(), "tlv.type."));
        model.addAttribute("categorieOptions", labels.options(Bekostigingscategorie.values(), "tlv.categorie."));
        model.addAttribute("ontvangendeSchoolOptions", labels.ontvangendeScholen(user));
        List<Option> vorige = !user.can(Permission.TLV_READ) ? List.of()
                : register.list(user, new TlvFilter(null, null, null, null, null, leerlingId)).stream()
                .map(t -> new Option(t.id().toString(), labels.text("tlv.form.vorigeTlv.option",
                        t.beschikkingsnummer(), TlvLabels.date(t.einddatum())))).toList();
        model.addAttribute("vorigeTlvOptions", vorige);
    }
}
