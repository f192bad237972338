package nl.passend.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.OuderInput;
import nl.passend.dossier.Woonachtig;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.tlv.Advies;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvType;

import org.springframework.boot.test.context.TestComponent;

/**
 * One new SWV with the people of the TLV process: a regular school with its IB, an SO and an SBO school,
 * a medewerker, a director, two deskundigen (an orthopedagoog and a jeugdarts) and a parent account.
 * Builds pupils and cases through the real services ({@code w.advised(w.inAdvies(w.pupil()))}).
 * <p>
 * A case is an SO request (category midden, 4 January 2027 to 31 July 2028), advised and granted as
 * asked; a subclass that needs SBO cases for another period calls {@link #sboCases}.
 */
public class TlvWorld {

    private static final LocalDate SO_START = LocalDate.of(2027, 1, 4);
    private static final LocalDate SO_END = LocalDate.of(2028, 7, 31);

    public final Fixtures fixtures;
    public final Tenant tenant;
    public final Bestuur bestuur;
    public final School bao;
    public final School so;
    public final School sbo;
    public final TestUser ib;
    public final TestUser medewerker;
    public final TestUser directeur;
    public final TestUser orthopedagoog;
    public final TestUser jeugdarts;
    public final TestUser ouder;
    public final TlvServices s;
    private LocalDate sboStart;
    private LocalDate sboEnd;

    /** The services a world drives and the clock; a test component, so a test autowires it whole. */
    @TestComponent
    public record TlvServices(LeerlingService leerlingen, TlvAanvraagService aanvragen, AdviesService adviezen,
                              BesluitService besluiten, TlvRegister register, Clock clock) {
    }

    public TlvWorld(Fixtures fixtures, TlvServices services) {
        this.fixtures = fixtures;
        this.s = services;
        this.tenant = fixtures.tenant();
        this.bestuur = fixtures.bestuur(tenant);
        this.bao = fixtures.school(tenant, bestuur, SchoolSoort.BAO);
        this.so = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.SO);
        this.sbo = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.SBO);
        this.ib = fixtures.user(tenant, Role.IB, bao.id());
        this.medewerker = fixtures.user(tenant, Role.MEDEWERKER, null);
        this.directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        this.orthopedagoog = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.jeugdarts = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
    }

    public LocalDate today() {
        return LocalDate.now(s.clock());
    }

    public <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    /** A pupil of the regular school, with one parent linked to the parent account. */
    /** A second pupil of the regular school, without a parent account: someone else's child. */
    public Leerling anotherPupil() {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Noor");
        in.setAchternaam("Visser-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2018, 6, 1));
        in.setGeslacht(Geslacht.V);
        in.setSchoolId(bao.id());
        return as(ib, u -> s.leerlingen().create(u, in));
    }

    public Leerling pupil() {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Sem Johannes");
        in.setRoepnaam("Sem");
        in.setAchternaam("Jansen-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2018, 3, 14));
        in.setGeslacht(Geslacht.M);
        in.setSchoolId(bao.id());
        in.setGroep("4");
        in.setWoonachtig(Woonachtig.SWV);
        OuderInput ouderInput = new OuderInput();
        ouderInput.setNaam("Anna Jansen");
        ouderInput.setEmail("anna@example.org");
        in.setOuders(List.of(ouderInput));
        Leerling leerling = as(ib, u -> s.leerlingen().create(u, in));
        as(medewerker, u -> {
            s.leerlingen().linkOuderAccount(u, leerling.ouders().get(0).id(), ouder.user().accountId());
            return null;
        });
        return leerling;
    }

    /** From now on this world's cases are SBO requests from the regular school to the SBO school. */
    protected final void sboCases(LocalDate start, LocalDate end) {
        this.sboStart = start;
        this.sboEnd = end;
    }

    /** The request {@link #inAdvies} submits: {@link #soRequest}, or SBO after {@link #sboCases}. */
    public TlvAanvraagInput request(Leerling leerling) {
        if (sboStart == null) {
            return soRequest(leerling);
        }
        TlvAanvraagInput in = TlvInputs.request(leerling, bao, sbo, TlvType.SBO, sboStart, sboEnd);
        in.setGronden("Leerachterstand en concentratieproblemen; het arrangement is niet toereikend.");
        in.setMdoDatum(today().minusWeeks(2));
        in.setMdoUitkomst("MDO adviseert speciaal basisonderwijs.");
        return in;
    }

    /** An SO request (category midden) from mid-year for a full school year plus the rest of this one. */
    public TlvAanvraagInput soRequest(Leerling leerling) {
        TlvAanvraagInput in = TlvInputs.request(leerling, bao, so, TlvType.SO, SO_START, SO_END);
        in.setGevraagdeCategorie(Bekostigingscategorie.MIDDEN);
        in.setGronden("Ernstige gedragsproblemen; basisondersteuning en arrangement zijn niet toereikend.");
        in.setMdoDatum(LocalDate.of(2026, 11, 2));
        in.setMdoUitkomst("MDO adviseert speciaal onderwijs cluster 4.");
        in.setZienswijzeOuders("Ouders steunen de aanvraag.");
        return in;
    }

    /** A deskundige's advice that the pupil is toelaatbaar to what {@link #request} asks. */
    public AdviesInput advice(Discipline discipline) {
        if (sboStart != null) {
            return TlvInputs.toelaatbaar(discipline, TlvType.SBO);
        }
        AdviesInput in = TlvInputs.toelaatbaar(discipline, TlvType.SO);
        in.setCategorie(Bekostigingscategorie.MIDDEN);
        in.setIngangsdatum(SO_START);
        in.setEinddatum(SO_END);
        return in;
    }

    /** A grant of what {@link #request} asks, following the given advice, with all parties agreeing. */
    public BesluitInput grant(UUID followedAdvice) {
        if (sboStart != null) {
            return TlvInputs.grant(followedAdvice, TlvType.SBO, sboStart, sboEnd);
        }
        BesluitInput in = TlvInputs.grant(followedAdvice, TlvType.SO, SO_START, SO_END);
        in.setCategorie(Bekostigingscategorie.MIDDEN);
        return in;
    }

    /** Submits {@link #request}, accepts it as complete and assigns both deskundigen. */
    public TlvAanvraag inAdvies(Leerling leerling) {
        TlvAanvraag a = as(ib, u -> s.aanvragen().submit(u, request(leerling)));
        as(medewerker, u -> s.aanvragen().markComplete(u, a.id(), null));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), orthopedagoog.user().accountId()));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), jeugdarts.user().accountId()));
        return a;
    }

    /** A request with both advices in, ready for the decision; returns the orthopedagoog's advice. */
    public Advies advised(TlvAanvraag a) {
        Advies first = as(orthopedagoog, u -> s.adviezen().advise(u, a.id(), advice(Discipline.ORTHOPEDAGOOG)));
        as(jeugdarts, u -> s.adviezen().advise(u, a.id(), advice(Discipline.JEUGDARTS)));
        return first;
    }

    /** The director's {@link #grant} of an advised request, following the given advice. */
    public Besluit granted(TlvAanvraag a, Advies followed) {
        return as(directeur, u -> s.besluiten().decide(u, a.id(), grant(followed.id())));
    }
}
