package nl.passend.finance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.calc.BatenBerekening;
import nl.passend.finance.calc.BatenCalculator;
import nl.passend.finance.calc.Telling;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * The baten of a year: gathers the normbedragen in force, the bekostigingstellingen on the teldatum
 * (and, before 2023, the groeiteldatum) and the subsidies, and hands them to the pure
 * {@link BatenCalculator}. A computation can be saved with the ids of the amount versions it used,
 * so a later correction of an amount never changes what was computed before.
 */
@Service
@Transactional
public class BatenService {

    private static final RowMapper<BatenOpslag> OPSLAG = (rs, n) -> new BatenOpslag(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), rs.getTimestamp("created_at").toInstant(), decimal(rs.getString("totale_baten")),
            decimal(rs.getString("netto_ontvangst")), uuids(rs.getArray("normbedrag_ids")));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final NormbedragService normbedragen;
    private final BekostigingstellingService tellingen;
    private final SubsidieService subsidies;
    private final ObjectMapper json;
    private final BerekeningStore berekeningen;

    BatenService(JdbcClient jdbc, AuditLog audit, NormbedragService normbedragen, BekostigingstellingService tellingen,
                 SubsidieService subsidies, ObjectMapper json, BerekeningStore berekeningen) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.normbedragen = normbedragen;
        this.tellingen = tellingen;
        this.subsidies = subsidies;
        this.json = json;
        this.berekeningen = berekeningen;
    }

    /**
     * The baten of {@code jaar}. A missing amount or count is refused with the calculator's
     * RuleViolation ({@code normbedrag-ontbreekt}, {@code telling-ontbreekt}).
     */
    @Transactional(readOnly = true)
    public BatenBerekening bereken(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        List<Telling> counts = new ArrayList<>(tellingen.tellingen(user, BatenCalculator.teldatum(jaar)));
        BatenCalculator.groeiteldatum(jaar).ifPresent(g -> counts.addAll(tellingen.tellingen(user, g)));
        return BatenCalculator.bereken(jaar, normbedragen.current(user, jaar), counts, subsidies.subsidies(user, jaar));
    }

    /** The computation with the sources of its amounts, the subsidies and the saved computations of the year. */
    @Transactional(readOnly = true)
    public BatenOverzicht overzicht(CurrentUser user, int jaar) {
        BatenBerekening b = bereken(user, jaar);
        Map<UUID, Normbedrag> used = new LinkedHashMap<>();
        normbedragen.byIds(user, b.normbedragIds()).forEach(n -> used.put(n.id(), n));
        return new BatenOverzicht(b, used, subsidies.list(user, jaar), opgeslagen(user, jaar));
    }

    /** Computes and stores the baten of {@code jaar} with the ids of the amount versions used. */
    public BatenOpslag opslaan(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_MANAGE);
        BatenBerekening b = bereken(user, jaar);
        UUID id = berekeningen.insert(user, "BATEN", jaar, b.normbedragIds(), json.writeValueAsString(b));
        audit.record(user, "finance.baten.save", "berekening", id);
        return opgeslagen(user, jaar).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** The saved baten computations of a year, newest first. */
    @Transactional(readOnly = true)
    public List<BatenOpslag> opgeslagen(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("""
                SELECT id, jaar, created_at, normbedrag_ids, uitkomst->>'totaleBaten' AS totale_baten,
                       uitkomst->>'nettoOntvangst' AS netto_ontvangst
                  FROM berekening WHERE swv_id = ? AND soort = 'BATEN' AND jaar = ? ORDER BY created_at DESC""")
                .params(user.requireTenant(), jaar).query(OPSLAG).list();
    }

    /** A saved computation exactly as it was stored. */
    @Transactional(readOnly = true)
    public BatenBerekening opgeslagen(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        String stored = jdbc.sql("SELECT uitkomst::text FROM berekening WHERE swv_id = ? AND id = ? AND soort = 'BATEN'")
                .params(user.requireTenant(), id).query(String.class).optional()
                .orElseThrow(() -> new PassendException.NotFound("berekening-not-found"));
        return json.readValue(stored, BatenBerekening.class);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString())).toList();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
