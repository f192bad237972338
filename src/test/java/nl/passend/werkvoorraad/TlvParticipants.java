package nl.passend.werkvoorraad;

import java.time.LocalDate;

import nl.passend.shared.security.Role;
import nl.passend.shared.term.SchoolYear;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.TlvWorld;

/**
 * The TLV world plus the IB of the receiving SBO school, with SBO cases to that school for the whole next
 * school year: who sees which step, and who is told what.
 */
public final class TlvParticipants extends TlvWorld {

    public final TestUser sboIb;

    public TlvParticipants(Fixtures fixtures, TlvServices services) {
        super(fixtures, services);
        this.sboIb = fixtures.user(tenant, Role.IB, sbo.id());
        LocalDate start = SchoolYear.of(today()).next().firstDay();
        sboCases(start, SchoolYear.of(start).lastDay());
    }
}
