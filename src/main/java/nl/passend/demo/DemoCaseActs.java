package nl.passend.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.tlv.Advies;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.BesluitUitkomst;
import nl.passend.tlv.BijlageService;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvType;

/**
 * The acts of the TLV process as the demo performs them: each through the real service, as the demo
 * account whose act it is (the school files, the medewerker checks and assigns, each deskundige
 * advises, the director decides), so every rule, deadline, audit record and letter is the real one.
 */
final class DemoCaseActs {

    /** What a school asks for: route, type, category (SO only), period, receiving school, the TLV renewed. */
    record Ask(TlvRoute route, TlvType type, Bekostigingscategorie categorie, LocalDate start, LocalDate end,
               UUID ontvangend, UUID vorigeTlv) {

        static Ask so(Bekostigingscategorie categorie, UUID school, LocalDate start, LocalDate end) {
            return new Ask(TlvRoute.STANDAARD, TlvType.SO, categorie, start, end, school, null);
        }

        static Ask sbo(UUID school, LocalDate start, LocalDate end) {
            return new Ask(TlvRoute.STANDAARD, TlvType.SBO, null, start, end, school, null);
        }
    }

    /** The demo accounts that act. */
    record Actors(CurrentUser medewerker, CurrentUser directeur, CurrentUser orthopedagoog, CurrentUser jeugdarts) {
    }

    private static final byte[] VERSLAG = """
            Verslag multidisciplinair overleg (fictief, demogegevens)

            Aanwezig: ouders, intern begeleider, leerkracht, consulent van het samenwerkingsverband.
            Besproken: het groeidocument, de resultaten van de afgelopen twee periodes en de ingezette
            ondersteuning. Conclusie: de ondersteuningsbehoefte overstijgt wat de school kan bieden.
            """.getBytes(StandardCharsets.UTF_8);

    private final LeerlingService leerlingen;
    private final TlvAanvraagService aanvragen;
    private final BijlageService bijlagen;
    private final AdviesService adviezen;
    private final BesluitService besluiten;
    private final Actors actors;
    private final LocalDate today;

    DemoCaseActs(LeerlingService leerlingen, TlvAanvraagService aanvragen, BijlageService bijlagen,
                 AdviesService adviezen, BesluitService besluiten, Actors actors, LocalDate today) {
        this.leerlingen = leerlingen;
        this.aanvragen = aanvragen;
        this.bijlagen = bijlagen;
        this.adviezen = adviezen;
        this.besluiten = besluiten;
        this.actors = actors;
        this.today = today;
    }

    Leerling pupil(CurrentUser by, LeerlingInput in) {
        return leerlingen.create(by, in);
    }

    /** The pupil now attends {@code schoolId} (the S(B)O school, once the TLV has started). */
    Leerling moveTo(CurrentUser by, Leerling leerling, UUID schoolId) {
        LeerlingInput in = LeerlingInput.of(leerlingen.find(by, leerling.id()));
        in.setSchoolId(schoolId);
        return leerlingen.update(by, leerling.id(), in);
    }

    TlvAanvraag submit(CurrentUser school, Leerling leerling, Ask ask) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(leerling.id());
        in.setSchoolId(leerling.schoolId());
        in.setOntvangendeSchoolId(ask.ontvangend());
        in.setRoute(ask.route());
        in.setGevraagdType(ask.type());
        in.setGevraagdeCategorie(ask.categorie());
        in.setGevraagdeIngangsdatum(ask.start());
        in.setGevraagdeEinddatum(ask.end());
        in.setVorigeTlvId(ask.vorigeTlv());
        in.setGronden(DemoCaseTexts.gronden(ask.route(), ask.type()));
        in.setMdoDatum(today.minusDays(17));
        in.setMdoUitkomst(DemoCaseTexts.mdoUitkomst(ask.type()));
        in.setZienswijzeOuders(DemoCaseTexts.ZIENSWIJZE_OUDERS);
        in.setOudersAkkoord(true);
        return aanvragen.submit(school, in);
    }

    /** The school adds the MDO report, with the parents' consent. */
    TlvAanvraag attachReport(CurrentUser school, TlvAanvraag a) {
        bijlagen.add(school, a.id(), "verslag-mdo.txt", "text/plain", VERSLAG, true, true);
        return a;
    }

    void askInformation(TlvAanvraag a) {
        aanvragen.requestInformation(actors.medewerker(), a.id(), DemoCaseTexts.AANVULLING_VRAAG, null);
    }

    void withdraw(CurrentUser school, TlvAanvraag a) {
        aanvragen.withdraw(school, a.id(), null);
    }

    /** The medewerker accepts the request as complete and asks both deskundigen to advise. */
    TlvAanvraag toAdvice(TlvAanvraag a) {
        aanvragen.markComplete(actors.medewerker(), a.id(), null);
        adviezen.assign(actors.medewerker(), a.id(), actors.orthopedagoog().accountId());
        adviezen.assign(actors.medewerker(), a.id(), actors.jeugdarts().accountId());
        return a;
    }

    /** The orthopedagoog's advice; a positive one proposes what was asked. */
    Advies adviseOrthopedagoog(TlvAanvraag a, Ask ask, boolean toelaatbaar) {
        return adviezen.advise(actors.orthopedagoog(), a.id(), advice(Discipline.ORTHOPEDAGOOG, ask, toelaatbaar));
    }

    Advies adviseJeugdarts(TlvAanvraag a, Ask ask, boolean toelaatbaar) {
        return adviezen.advise(actors.jeugdarts(), a.id(), advice(Discipline.JEUGDARTS, ask, toelaatbaar));
    }

    /** Both deskundigen advise for it and the director grants what was asked, following the orthopedagoog. */
    Besluit granted(CurrentUser school, Leerling leerling, Ask ask) {
        TlvAanvraag a = toAdvice(submit(school, leerling, ask));
        return grant(a, ask);
    }

    Besluit grant(TlvAanvraag a, Ask ask) {
        Advies followed = adviseOrthopedagoog(a, ask, true);
        adviseJeugdarts(a, ask, true);
        BesluitInput in = decision(BesluitUitkomst.TOEGEKEND, followed, DemoCaseTexts.TOEKENNING);
        in.setType(ask.type());
        in.setCategorie(ask.categorie());
        in.setIngangsdatum(ask.start());
        in.setEinddatum(ask.end());
        in.setOntvangendeSchoolEens(ask.ontvangend() == null ? null : true);
        return besluiten.decide(actors.directeur(), a.id(), in);
    }

    /**
     * Both deskundigen advise against it and the director refuses; the parents and the school wanted the
     * TLV, so the decision says why it departs from their view (and they may object).
     */
    Besluit refused(CurrentUser school, Leerling leerling, Ask ask) {
        TlvAanvraag a = toAdvice(submit(school, leerling, ask));
        Advies followed = adviseOrthopedagoog(a, ask, false);
        adviseJeugdarts(a, ask, false);
        BesluitInput in = decision(BesluitUitkomst.AFGEWEZEN, followed, DemoCaseTexts.AFWIJZING);
        in.setOudersEens(false);
        in.setVerwijzendeSchoolEens(false);
        in.setAfwijkingMotivering(DemoCaseTexts.AFWIJKING);
        return besluiten.decide(actors.directeur(), a.id(), in);
    }

    private static BesluitInput decision(BesluitUitkomst uitkomst, Advies followed, String motivering) {
        BesluitInput in = new BesluitInput();
        in.setUitkomst(uitkomst);
        in.setMotivering(motivering);
        in.setGevolgdAdviesId(followed.id());
        in.setOudersEens(true);
        in.setVerwijzendeSchoolEens(true);
        in.setConsulentEens(true);
        return in;
    }

    private static AdviesInput advice(Discipline discipline, Ask ask, boolean toelaatbaar) {
        AdviesInput in = new AdviesInput();
        in.setDiscipline(discipline);
        in.setToelaatbaar(toelaatbaar);
        if (toelaatbaar) {
            in.setType(ask.type());
            in.setCategorie(ask.categorie());
            in.setIngangsdatum(ask.start());
            in.setEinddatum(ask.end());
        }
        in.setMotivering(DemoCaseTexts.advies(discipline, ask.type(), toelaatbaar));
        return in;
    }
}
