package nl.passend.oso;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;

/** A tenant with the school of our test dossiers (BRIN 99XA, vestiging 01) and its IB. */
final class OsoWorld {

    final Fixtures.Tenant tenant;
    final Bestuur bestuur;
    final School school;
    final Fixtures.TestUser ib;

    OsoWorld(Fixtures fixtures, SchoolService scholen) {
        tenant = fixtures.tenant();
        bestuur = fixtures.bestuur(tenant);
        school = school(scholen, "99XA", "01", "OBS De Fictieve Vlinder");
        ib = fixtures.user(tenant, Role.IB, school.id());
    }

    School school(SchoolService scholen, String brin, String vestiging, String naam) {
        SchoolInput input = new SchoolInput();
        input.setBrin(brin);
        input.setVestigingsnummer(vestiging);
        input.setNaam(naam);
        input.setSoort(SchoolSoort.BAO);
        input.setBestuurId(bestuur.id());
        return TenantContext.callAs(tenant.id(), () -> scholen.create(tenant.beheerder().user(), input));
    }
}
