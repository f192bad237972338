package nl.passend.tlv;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;

/**
 * One SWV with the people of the TLV process: a regular school with its IB, an SO and an SBO school,
 * a medewerker, a director, two deskundigen (an orthopedagoog and a jeugdarts) and a parent account.
 * Builds requests through the real services ({@code aRequest().so(...).submit()}).
 */
final class TlvWorld {

    final Fixtures fixtures;
    final Tenant tenant;
    final Bestuur bestuur;
    final School bao;
    final School so;
    final School sbo;
    final TestUser ib;
    final TestUser medewerker;
    final TestUser directeur;
    final TestUser orthopedagoog;
    final TestUser jeugdarts;
    final TestUser ouder;
    final TlvServices s;

    /** The TLV module's services a test drives. */
    record TlvServices(LeerlingService leerlingen, TlvAanvraagService aanvragen, AdviesService adviezen,
                       BesluitService besluiten, TlvRegister register) {
    }

    TlvWorld(Fixtures fixtures, TlvServices services) {
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

    <T> T as(TestUser user, java.util.function.Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    /** A pupil of the regular school, with one parent linked to the parent account. */
    Leerling pupil() {
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

    /** An SO request (category midden) from mid-year for a full school year plus the rest of this one. */
    TlvAanvraagInput soRequest(Leerling leerling) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(leerling.id());
        in.setSchoolId(bao.id());
        in.setOntvangendeSchoolId(so.id());
        in.setRoute(TlvRoute.STANDAARD);
        in.setGevraagdType(TlvType.SO);
        in.setGevraagdeCategorie(Bekostigingscategorie.MIDDEN);
        in.setGevraagdeIngangsdatum(LocalDate.of(2027, 1, 4));
        in.setGevraagdeEinddatum(LocalDate.of(2028, 7, 31));
        in.setGronden("Ernstige gedragsproblemen; basisondersteuning en arrangement zijn niet toereikend.");
        in.setMdoDatum(LocalDate.of(2026, 11, 2));
        in.setMdoUitkomst("MDO adviseert speciaal onderwijs cluster 4.");
        in.setZienswijzeOuders("Ouders steunen de aanvraag.");
        in.setOudersAkkoord(true);
        return in;
    }

    AdviesInput advice(Discipline discipline) {
        AdviesInput in = new AdviesInput();
        in.setDiscipline(discipline);
        in.setToelaatbaar(true);
        in.setType(TlvType.SO);
        in.setCategorie(Bekostigingscategorie.MIDDEN);
        in.setIngangsdatum(LocalDate.of(2027, 1, 4));
        in.setEinddatum(LocalDate.of(2028, 7, 31));
        in.setMotivering("Onderwijsbehoeften vragen om een kleine groep en specialistische begeleiding.");
        return in;
    }

    BesluitInput grant(UUID followedAdvice) {
        BesluitInput in = new BesluitInput();
        in.setUitkomst(BesluitUitkomst.TOEGEKEND);
        in.setType(TlvType.SO);
        in.setCategorie(Bekostigingscategorie.MIDDEN);
        in.setIngangsdatum(LocalDate.of(2027, 1, 4));
        in.setEinddatum(LocalDate.of(2028, 7, 31));
        in.setMotivering("De deskundigen adviseren eensluidend; school en ouders zijn het eens.");
        in.setGevolgdAdviesId(followedAdvice);
        in.setOudersEens(true);
        in.setVerwijzendeSchoolEens(true);
        in.setOntvangendeSchoolEens(true);
        in.setConsulentEens(true);
        return in;
    }

    /** Submits, accepts as complete and assigns both deskundigen. */
    TlvAanvraag inAdvies(Leerling leerling) {
        TlvAanvraag a = as(ib, u -> s.aanvragen().submit(u, soRequest(leerling)));
        as(medewerker, u -> s.aanvragen().markComplete(u, a.id(), null));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), orthopedagoog.user().accountId()));
        as(medewerker, u -> s.adviezen().assign(u, a.id(), jeugdarts.user().accountId()));
        return a;
    }

    /** A request with both advices in, ready for the decision; returns the orthopedagoog's advice. */
    Advies advised(TlvAanvraag a) {
        Advies first = as(orthopedagoog, u -> s.adviezen().advise(u, a.id(), advice(Discipline.ORTHOPEDAGOOG)));
        as(jeugdarts, u -> s.adviezen().advise(u, a.id(), advice(Discipline.JEUGDARTS)));
        return first;
    }
}
