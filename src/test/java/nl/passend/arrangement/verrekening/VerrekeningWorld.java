package nl.passend.arrangement.verrekening;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SWV with two besturen (a school each), a werkgebied, a controller, a directeur and a bestuur user
 * of the first bestuur. Granted arrangements are written with SQL (the aanvraag process is K's to
 * test): only what the settlement and the invoice checks read.
 */
final class VerrekeningWorld {

    final Tenant tenant;
    final Bestuur a;
    final Bestuur b;
    final School schoolA;
    final School schoolB;
    final UUID werkgebied;
    final TestUser controller;
    final TestUser directeur;
    final TestUser bestuurA;
    final TestUser medewerker;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AtomicInteger volgnummer = new AtomicInteger();

    VerrekeningWorld(Fixtures fixtures, JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        tenant = fixtures.tenant();
        a = fixtures.bestuur(tenant);
        b = fixtures.bestuur(tenant);
        schoolA = fixtures.school(tenant, a, SchoolSoort.BAO);
        schoolB = fixtures.school(tenant, b, SchoolSoort.BAO);
        werkgebied = inTenant(() -> jdbc.sql("INSERT INTO werkgebied (swv_id, naam) VALUES (?, ?) RETURNING id")
                .params(tenant.id(), "Werkgebied " + UUID.randomUUID().toString().substring(0, 6))
                .query(UUID.class).single());
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        medewerker = fixtures.user(tenant, Role.MEDEWERKER, null);
        bestuurA = fixtures.user(tenant, Role.BESTUUR, a.id());
    }

    <T> T as(TestUser user, Function<CurrentUser, T> call) {
        return TenantContext.callAs(tenant.id(), () -> call.apply(user.user()));
    }

    /** A granted, running arrangement; {@code post} null = charged to the werkgebied. Returns its beschikkingsnummer. */
    String arrangement(School school, LocalDate start, LocalDate eind, String bedrag, String post) {
        int nr = volgnummer.incrementAndGet();
        String nummer = "ARR-%d-%04d".formatted(start.getYear(), nr);
        inTenant(() -> {
            UUID aanvraag = jdbc.sql("""
                    INSERT INTO ondersteuningsaanvraag (swv_id, school_id, groep, aantal, route, vraag, status)
                    VALUES (?, ?, 'Groep 5', 4, 'ROUTE_1', 'Extra begeleiding', 'LOPEND') RETURNING id""")
                    .params(tenant.id(), school.id()).query(UUID.class).single();
            return jdbc.sql("""
                    INSERT INTO arrangement (swv_id, aanvraag_id, school_id, jaar, volgnummer, beschikkingsnummer, soort,
                                             aanbieder, start_op, eind_op, uren, bedrag, budget, werkgebied_id,
                                             begrotingspost, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'GROEP', 'Zorgpartner Noord', ?, ?, ?, ?, ?, ?, ?, 'LOPEND')""")
                    .params(tenant.id(), aanvraag, school.id(), start.getYear(), nr, nummer, Date.valueOf(start),
                            Date.valueOf(eind), bedrag == null ? new BigDecimal("40") : null,
                            bedrag == null ? null : new BigDecimal(bedrag), post == null ? "WERKGEBIED" : "CENTRAAL",
                            post == null ? werkgebied : null, post)
                    .update();
        });
        return nummer;
    }

    /** An evaluation that extends the arrangement (as K's evaluation does: a new end date). */
    void verleng(String beschikkingsnummer, LocalDate nieuwEind) {
        inTenant(() -> jdbc.sql("UPDATE arrangement SET eind_op = ? WHERE swv_id = ? AND beschikkingsnummer = ?")
                .params(Date.valueOf(nieuwEind), tenant.id(), beschikkingsnummer).update());
    }

    /** An evaluation that closes the arrangement early (as K's evaluation AFSLUITEN does: eind_op stays). */
    void sluit(String beschikkingsnummer, LocalDate afgeslotenOp) {
        inTenant(() -> jdbc.sql("""
                UPDATE arrangement SET status = 'AFGESLOTEN', afgesloten_op = ?
                 WHERE swv_id = ? AND beschikkingsnummer = ?""")
                .params(Date.valueOf(afgeslotenOp), tenant.id(), beschikkingsnummer).update());
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), () -> tx.execute(status -> work.get()));
    }
}
