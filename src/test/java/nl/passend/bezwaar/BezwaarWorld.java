package nl.passend.bezwaar;

import java.time.LocalDate;

import nl.passend.dossier.Leerling;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.Terms;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.Advies;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.TlvAanvraag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The TLV world plus a user of the regular school's board, with SBO cases from today for the shortest TLV
 * period (the rest of this school year and the next). {@link #decided} builds a granted decision and dates
 * its sending back, so that receipt dates around the end of the objection term lie in the past.
 */
final class BezwaarWorld extends TlvWorld {

    /** A decided request: the decision (sent on {@code sent}), its request and the orthopedagoog's advice. */
    record Case(Leerling leerling, TlvAanvraag aanvraag, Advies advies, Besluit besluit) {
        LocalDate sent() {
            return besluit.verzondenOp();
        }
    }

    final TestUser bestuurder;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    BezwaarWorld(Fixtures fixtures, TlvServices services, JdbcClient jdbc, PlatformTransactionManager transactions) {
        super(fixtures, services);
        this.bestuurder = fixtures.userWithoutTotp(tenant, Role.BESTUUR, bestuur.id());
        this.jdbc = jdbc;
        this.transactions = transactions;
        sboCases(today(), Terms.minimumTlvEnd(today()));
    }

    /**
     * A granted decision for a new pupil (linked to {@link #ouder}), sent about {@code daysAgo} days ago
     * on a day whose objection term ends exactly six weeks later (no weekend or holiday shift).
     */
    Case decided(int daysAgo) {
        Leerling leerling = pupil();
        TlvAanvraag a = inAdvies(leerling);
        Advies advies = advised(a);
        Besluit besluit = granted(a, advies);
        LocalDate sent = today().minusDays(daysAgo);
        while (!Terms.objectionTermEnd(sent).equals(sent.plusWeeks(6))) {
            sent = sent.minusDays(1);
        }
        LocalDate day = sent;
        TenantContext.runAs(tenant.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(tx ->
                jdbc.sql("UPDATE tlv_besluit SET besluitdatum = ?, verzonden_op = ? WHERE id = ?")
                        .params(day, day, besluit.id()).update()));
        return new Case(leerling, a, advies, as(directeur, u -> s.besluiten().get(u, besluit.id())));
    }
}
