package nl.passend.werkvoorraad;

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
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.SchoolYear;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitUitkomst;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvType;

/**
 * One new SWV with everyone in a TLV case: a regular school with its IB, a receiving SBO school with
 * its IB, a medewerker, a director, two deskundigen and a parent account; and the inputs of a plain
 * SBO request for the next school year, built through the real services.
 */
public final class TlvParticipants {

    public static final String ACHTERNAAM_PREFIX = "Veldkamp";

    public final Tenant tenant;
    public final School bao;
    public final School sbo;
    public final TestUser ib;
    public final TestUser sboIb;
    public final TestUser medewerker;
    public final TestUser directeur;
    public final TestUser orthopedagoog;
    public final TestUser jeugdarts;
    public final TestUser ouder;
    private final LocalDate start;

    public TlvParticipants(Fixtures fixtures, Clock clock) {
        this.tenant = fixtures.tenant();
        Bestuur bestuur = fixtures.bestuur(tenant);
        this.bao = fixtures.school(tenant, bestuur, SchoolSoort.BAO);
        this.sbo = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.SBO);
        this.ib = fixtures.user(tenant, Role.IB, bao.id());
        this.sboIb = fixtures.user(tenant, Role.IB, sbo.id());
        this.medewerker = fixtures.user(tenant, Role.MEDEWERKER, null);
        this.directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        this.orthopedagoog = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.jeugdarts = fixtures.user(tenant, Role.DESKUNDIGE, null);
        this.ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        this.start = SchoolYear.of(LocalDate.now(clock)).next().firstDay();
    }

    public <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    /** A pupil of the regular school whose parent is linked to the parent account. */
    public Leerling pupil(LeerlingService leerlingen) {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Noor Elisabeth");
        in.setRoepnaam("Noor");
        in.setAchternaam(ACHTERNAAM_PREFIX + "-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2017, 5, 9));
        in.setGeslacht(Geslacht.V);
        in.setSchoolId(bao.id());
        OuderInput ouderInput = new OuderInput();
        ouderInput.setNaam("Marleen Veldkamp");
        in.setOuders(List.of(ouderInput));
        Leerling leerling = as(ib, u -> leerlingen.create(u, in));
        as(medewerker, u -> {
            leerlingen.linkOuderAccount(u, leerling.ouders().get(0).id(), ouder.user().accountId());
            return null;
        });
        return leerling;
    }

    /** An SBO request from the regular school, to the SBO school, for the whole next school year. */
    public TlvAanvraagInput request(Leerling leerling) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(leerling.id());
        in.setSchoolId(bao.id());
        in.setOntvangendeSchoolId(sbo.id());
        in.setRoute(TlvRoute.STANDAARD);
        in.setGevraagdType(TlvType.SBO);
        in.setGevraagdeIngangsdatum(start);
        in.setGevraagdeEinddatum(SchoolYear.of(start).lastDay());
        in.setGronden("Leerachterstand en faalangst; het arrangement is niet toereikend.");
        in.setMdoDatum(start.minusYears(1));
        in.setMdoUitkomst("MDO adviseert speciaal basisonderwijs.");
        in.setOudersAkkoord(true);
        return in;
    }

    public AdviesInput advice(Discipline discipline) {
        AdviesInput in = new AdviesInput();
        in.setDiscipline(discipline);
        in.setToelaatbaar(true);
        in.setType(TlvType.SBO);
        in.setMotivering("Een kleine groep met specialistische begeleiding past bij de onderwijsbehoeften.");
        return in;
    }

    public BesluitInput grant(UUID followedAdvice) {
        BesluitInput in = new BesluitInput();
        in.setUitkomst(BesluitUitkomst.TOEGEKEND);
        in.setType(TlvType.SBO);
        in.setIngangsdatum(start);
        in.setEinddatum(SchoolYear.of(start).lastDay());
        in.setMotivering("De deskundigen adviseren eensluidend; school en ouders zijn het eens.");
        in.setGevolgdAdviesId(followedAdvice);
        in.setOudersEens(true);
        in.setVerwijzendeSchoolEens(true);
        in.setOntvangendeSchoolEens(true);
        in.setConsulentEens(true);
        return in;
    }
}
