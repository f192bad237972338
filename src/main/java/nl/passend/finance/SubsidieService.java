package nl.passend.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.calc.Subsidie;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Geoormerkte subsidies of the user's SWV per year. */
@Service
@Transactional
public class SubsidieService {

    private static final String COLUMNS = "id, jaar, verstrekker, omschrijving, bedrag, verantwoording, version";
    private static final RowMapper<SubsidieToekenning> ROW = (rs, n) -> new SubsidieToekenning(
            rs.getObject("id", UUID.class), rs.getInt("jaar"), rs.getString("verstrekker"),
            rs.getString("omschrijving"), rs.getBigDecimal("bedrag"), rs.getString("verantwoording"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SubsidieService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SubsidieToekenning> list(CurrentUser user, int jaar) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM geoormerkte_subsidie WHERE swv_id = ? AND jaar = ? "
                        + "ORDER BY verstrekker, omschrijving")
                .params(user.requireTenant(), jaar).query(ROW).list();
    }

    /** The subsidies of a year as the baten computation takes them. */
    @Transactional(readOnly = true)
    public List<Subsidie> subsidies(CurrentUser user, int jaar) {
        return list(user, jaar).stream()
                .map(s -> new Subsidie(s.verstrekker() + ": " + s.omschrijving(), s.bedrag())).toList();
    }

    @Transactional(readOnly = true)
    public SubsidieToekenning get(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM geoormerkte_subsidie WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("subsidie-not-found"));
    }

    public SubsidieToekenning create(CurrentUser user, SubsidieInput in) {
        user.require(Permission.FINANCE_MANAGE);
        check(in);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO geoormerkte_subsidie (id, swv_id, jaar, verstrekker, omschrijving, bedrag, verantwoording,
                                                  created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.requireTenant(), in.getJaar(), in.getVerstrekker().trim(), in.getOmschrijving().trim(),
                        in.getBedrag(), blankToNull(in.getVerantwoording()), user.accountId())
                .update();
        audit.record(user, "finance.subsidie.create", "geoormerkte-subsidie", id);
        return get(user, id);
    }

    public SubsidieToekenning update(CurrentUser user, UUID id, SubsidieInput in) {
        user.require(Permission.FINANCE_MANAGE);
        int version = Versioned.require(in.getVersion());
        check(in);
        int rows = jdbc.sql("""
                UPDATE geoormerkte_subsidie SET jaar = ?, verstrekker = ?, omschrijving = ?, bedrag = ?,
                       verantwoording = ?, updated_at = now(), updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ? AND version = ?""")
                .params(in.getJaar(), in.getVerstrekker().trim(), in.getOmschrijving().trim(), in.getBedrag(),
                        blankToNull(in.getVerantwoording()), user.accountId(), user.requireTenant(), id, version)
                .update();
        Versioned.checkUpdated(rows, () -> jdbc.sql("SELECT count(*) FROM geoormerkte_subsidie WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single() > 0, "subsidie-not-found");
        audit.record(user, "finance.subsidie.update", "geoormerkte-subsidie", id);
        return get(user, id);
    }

    private static void check(SubsidieInput in) {
        if (in.getVerstrekker() == null || in.getVerstrekker().isBlank() || in.getOmschrijving() == null
                || in.getOmschrijving().isBlank()) {
            throw new PassendException.RuleViolation("subsidie-omschrijving-ontbreekt");
        }
        if (in.getBedrag() == null || in.getBedrag().signum() < 0
                || in.getBedrag().stripTrailingZeros().scale() > 2) {
            throw new PassendException.RuleViolation("subsidie-bedrag-ongeldig");
        }
        if (in.getJaar() == null || in.getJaar() < 2014 || in.getJaar() > 2100) {
            throw new PassendException.RuleViolation("normbedrag-jaar-ongeldig");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
