package nl.passend.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.GroeidocumentInput;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;

import org.springframework.context.ApplicationContext;

/**
 * An SWV (new, or the one of a finance world) with the people of extra ondersteuning: two werkgebieden
 * (noord, zuid) with a school each, their IBs and consulenten, the bestuur of both schools, a director,
 * and a pupil of the noord school with a groeidocument.
 */
final class ArrangementWorld {

    final Tenant tenant;
    final Werkgebied noord;
    final Werkgebied zuid;
    final Bestuur bestuur;
    final School school;
    final School andereSchool;
    final TestUser ib;
    final TestUser andereIb;
    final TestUser consulent;
    final TestUser andereConsulent;
    final TestUser bestuurder;
    final TestUser directeur;
    final OndersteuningsaanvraagService aanvragen;
    final ArrangementBesluitService besluiten;
    final ArrangementService arrangementen;
    final ArrangementSettingsService settings;
    final GroeidocumentService groeidocumenten;
    final LeerlingService leerlingen;
    final Clock clock;

    ArrangementWorld(ApplicationContext spring, Fixtures fixtures, Tenant tenant, Werkgebied noord, Werkgebied zuid) {
        this.aanvragen = spring.getBean(OndersteuningsaanvraagService.class);
        this.besluiten = spring.getBean(ArrangementBesluitService.class);
        this.arrangementen = spring.getBean(ArrangementService.class);
        this.settings = spring.getBean(ArrangementSettingsService.class);
        this.groeidocumenten = spring.getBean(GroeidocumentService.class);
        this.leerlingen = spring.getBean(LeerlingService.class);
        this.clock = spring.getBean(Clock.class);
        this.tenant = tenant;
        WerkgebiedService werkgebieden = spring.getBean(WerkgebiedService.class);
        this.noord = noord != null ? noord : werkgebied(werkgebieden, "Noord");
        this.zuid = zuid != null ? zuid : werkgebied(werkgebieden, "Zuid");
        this.bestuur = fixtures.bestuur(tenant);
        SchoolService scholen = spring.getBean(SchoolService.class);
        this.school = school(scholen, this.noord);
        this.andereSchool = school(scholen, this.zuid);
        this.ib = fixtures.user(tenant, Role.IB, school.id());
        this.andereIb = fixtures.user(tenant, Role.IB, andereSchool.id());
        this.consulent = fixtures.user(tenant, Role.CONSULENT, this.noord.id());
        this.andereConsulent = fixtures.user(tenant, Role.CONSULENT, this.zuid.id());
        this.bestuurder = fixtures.user(tenant, Role.BESTUUR, bestuur.id());
        this.directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
    }

    static ArrangementWorld fresh(ApplicationContext spring, Fixtures fixtures) {
        return new ArrangementWorld(spring, fixtures, fixtures.tenant(), null, null);
    }

    <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A pupil of the noord school. */
    Leerling pupil() {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Daan");
        in.setAchternaam("Bakker-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2017, 5, 2));
        in.setGeslacht(Geslacht.M);
        in.setSchoolId(school.id());
        in.setGroep("5");
        return as(ib, u -> leerlingen.create(u, in));
    }

    GroeidocumentVersie groeidocument(Leerling l) {
        return as(ib, u -> groeidocumenten.save(u, l.id(), new GroeidocumentInput("Ik wil beter leren lezen.",
                "Wij maken ons zorgen over het lezen.", "Leesachterstand van twee jaar.", null, "Gemotiveerd",
                "Concentratie", "Kleine groep, veel herhaling", "Extra begeleiding", "AVI E4 in juni",
                "Acht weken RT, weinig effect", "Goed")));
    }

    AanvraagInput request(Leerling l) {
        return new AanvraagInput(school.id(), l.id(), null, null, OndersteuningsRoute.ROUTE_1,
                "Extra leesbegeleiding in een kleine groep.", null);
    }

    /** A pupil's aanvraag taken in behandeling by the noord consulent (no fiat). */
    Ondersteuningsaanvraag inBehandeling() {
        Leerling l = pupil();
        groeidocument(l);
        Ondersteuningsaanvraag a = as(ib, u -> aanvragen.createConcept(u, request(l)));
        Ondersteuningsaanvraag ingediend = as(ib, u -> aanvragen.submit(u, a.id(), a.version()));
        return as(consulent, u -> aanvragen.takeInBehandeling(u, a.id(), null, ingediend.version()));
    }

    Ondersteuningsaanvraag afterMdo(Ondersteuningsaanvraag a) {
        LocalDate today = today();
        return as(consulent, u -> aanvragen.recordMdo(u, a.id(), new MdoInput(today, "Ouders, IB, leerkracht, consulent",
                "Kind wil lezen; ouders zien stress; school ziet achterstand.", "Arrangement lezen, 20 weken.",
                List.of(today.plusDays(30), today.plusDays(90))), a.version()));
    }

    private Werkgebied werkgebied(WerkgebiedService werkgebieden, String naam) {
        WerkgebiedInput in = new WerkgebiedInput();
        in.setNaam(naam + " " + UUID.randomUUID().toString().substring(0, 4));
        return as(tenant.beheerder(), u -> werkgebieden.create(u, in));
    }

    private School school(SchoolService scholen, Werkgebied werkgebied) {
        SchoolInput in = new SchoolInput();
        in.setBrin(Fixtures.randomBrin());
        in.setVestigingsnummer("00");
        in.setNaam("Basisschool " + UUID.randomUUID().toString().substring(0, 4));
        in.setSoort(SchoolSoort.BAO);
        in.setBestuurId(bestuur.id());
        in.setWerkgebiedId(werkgebied.id());
        return as(tenant.beheerder(), u -> scholen.create(u, in));
    }
}
