package nl.passend.arrangement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider invoices (facturen) registered against a beschikkingsnummer. An invoice that does not
 * match is still registered, with its signals: unknown number, above the besluit (the invoices of the
 * arrangement up to and including this one, in order of registration, exceed its bedrag), or a period
 * outside the arrangement (after its closing date when an evaluation closed it early). Signals are
 * computed when read, against the arrangement as it is now.
 * A provider's factuurnummer is registered once ({@code factuur-dubbel}).
 */
@Service
@Transactional
public class FactuurService {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FactuurService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an invoice; refused when the period ends before it starts or the number was registered. */
    public Factuur registreer(CurrentUser user, FactuurInput input) {
        user.require(Permission.FACTUUR_MANAGE);
        UUID swv = user.requireTenant();
        if (input.getPeriodeTot().isBefore(input.getPeriodeVan())) {
            throw new PassendException.RuleViolation("factuur-periode-ongeldig");
        }
        if (input.getBedrag().signum() == 0) {
            throw new PassendException.RuleViolation("factuur-bedrag-nul");
        }
        String nummer = input.getBeschikkingsnummer().strip().toUpperCase(Locale.ROOT);
        UUID arrangementId = jdbc.sql("SELECT id FROM arrangement WHERE swv_id = ? AND beschikkingsnummer = ?")
                .params(swv, nummer).query(UUID.class).optional().orElse(null);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO factuur (id, swv_id, beschikkingsnummer, arrangement_id, aanbieder, factuurnummer,
                                         factuurdatum, periode_van, periode_tot, bedrag, omschrijving, created_at,
                                         created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, swv, nummer, arrangementId, input.getAanbieder().strip(),
                            input.getFactuurnummer().strip(), Date.valueOf(input.getFactuurdatum()),
                            Date.valueOf(input.getPeriodeVan()), Date.valueOf(input.getPeriodeTot()),
                            input.getBedrag(), blankToNull(input.getOmschrijving()),
                            Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)), user.accountId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("factuur-dubbel");
        }
        audit.record(user, "arrangement.factuur.registreer", "factuur", id);
        return list(user, null, false).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The invoices, newest first, with their signals; {@code beschikkingsnummer} (optional) limits to
     * one number, {@code alleenSignalen} to invoices with a signal.
     */
    @Transactional(readOnly = true)
    public List<Factuur> list(CurrentUser user, String beschikkingsnummer, boolean alleenSignalen) {
        user.require(Permission.FACTUUR_MANAGE);
        UUID swv = user.requireTenant();
        String nummer = beschikkingsnummer == null || beschikkingsnummer.isBlank() ? null
                : beschikkingsnummer.strip().toUpperCase(Locale.ROOT);
        List<Rij> rijen = jdbc.sql("""
                SELECT f.id, f.beschikkingsnummer, f.arrangement_id, f.aanbieder, f.factuurnummer, f.factuurdatum,
                       f.periode_van, f.periode_tot, f.bedrag, f.omschrijving, f.created_at,
                       a.start_op, a.eind_op, a.bedrag AS besluit_bedrag, a.afgesloten_op
                  FROM factuur f LEFT JOIN arrangement a ON a.swv_id = f.swv_id AND a.id = f.arrangement_id
                 WHERE f.swv_id = ? AND (CAST(? AS text) IS NULL OR f.beschikkingsnummer = ?)
                 ORDER BY f.created_at, f.id""")
                .params(swv, nummer, nummer)
                .query((rs, n) -> new Rij(new Factuur(rs.getObject("id", UUID.class), rs.getString("beschikkingsnummer"),
                        rs.getObject("arrangement_id", UUID.class), rs.getString("aanbieder"),
                        rs.getString("factuurnummer"), rs.getObject("factuurdatum", LocalDate.class),
                        rs.getObject("periode_van", LocalDate.class), rs.getObject("periode_tot", LocalDate.class),
                        rs.getBigDecimal("bedrag"), rs.getString("omschrijving"),
                        rs.getTimestamp("created_at").toInstant(), java.util.Set.of()),
                        rs.getObject("start_op") == null ? null : new FactuurControle.Besluit(
                                rs.getObject("start_op", LocalDate.class), rs.getObject("eind_op", LocalDate.class),
                                rs.getBigDecimal("besluit_bedrag"), rs.getObject("afgesloten_op", LocalDate.class))))
                .list();
        // Oldest first, so an arrangement's running sum is the invoices registered before each one.
        Map<UUID, BigDecimal> eerder = new HashMap<>();
        List<Factuur> result = new ArrayList<>();
        for (Rij r : rijen) {
            Factuur f = r.factuur();
            BigDecimal voor = f.arrangementId() == null ? BigDecimal.ZERO
                    : eerder.getOrDefault(f.arrangementId(), BigDecimal.ZERO);
            if (f.arrangementId() != null) {
                eerder.put(f.arrangementId(), voor.add(f.bedrag()));
            }
            Factuur metSignalen = new Factuur(f.id(), f.beschikkingsnummer(), f.arrangementId(), f.aanbieder(),
                    f.factuurnummer(), f.factuurdatum(), f.periodeVan(), f.periodeTot(), f.bedrag(), f.omschrijving(),
                    f.geregistreerdOp(), FactuurControle.signalen(f.periodeVan(), f.periodeTot(), f.bedrag(),
                    r.besluit(), voor));
            if (!alleenSignalen || !metSignalen.signalen().isEmpty()) {
                result.add(0, metSignalen);
            }
        }
        return result;
    }

    private record Rij(Factuur factuur, FactuurControle.Besluit besluit) {
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
