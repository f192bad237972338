package nl.passend.tlv;

import java.time.LocalDate;
import java.util.List;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate counts of the TLV register for the finance module (the verrekening of WPO art. 121-125:
 * this SWV's pupils in SBO and, per bekostigingscategorie, in SO on the teldatum). Only numbers leave
 * this class; it never returns pupils or TLVs.
 */
@Service
@Transactional(readOnly = true)
public class TlvCounts {

    private final JdbcClient jdbc;

    TlvCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pupils with a TLV of this SWV valid on {@code date} (ingangsdatum &lt;= date &lt;= einddatum)
     * and not withdrawn on or before it, per type and category, each pupil counted ONCE: a pupil with
     * more than one such TLV counts under the one with the latest ingangsdatum (then the latest created).
     * The age band is the pupil's age on {@code date}. Types or categories without pupils are absent.
     */
    public List<TlvAantal> countOn(CurrentUser user, LocalDate date) {
        user.require(Permission.FINANCE_MANAGE);
        return jdbc.sql("""
                SELECT v.type, v.categorie,
                       count(*) FILTER (WHERE v.geboortedatum > ?::date - interval '8 years') AS jong,
                       count(*) FILTER (WHERE v.geboortedatum <= ?::date - interval '8 years') AS oud
                  FROM (SELECT DISTINCT ON (t.leerling_id) t.type, t.categorie, l.geboortedatum
                          FROM tlv t JOIN leerling l ON l.swv_id = t.swv_id AND l.id = t.leerling_id
                         WHERE t.swv_id = ? AND t.ingangsdatum <= ? AND t.einddatum >= ?
                           AND (t.ingetrokken_op IS NULL OR t.ingetrokken_op > ?)
                         ORDER BY t.leerling_id, t.ingangsdatum DESC, t.created_at DESC, t.id DESC) v
                 GROUP BY v.type, v.categorie
                 ORDER BY v.type, v.categorie""")
                .params(date, date, user.requireTenant(), date, date, date)
                .query((rs, n) -> new TlvAantal(TlvType.valueOf(rs.getString("type")),
                        rs.getString("categorie") == null ? null : Bekostigingscategorie.valueOf(rs.getString("categorie")),
                        rs.getInt("jong"), rs.getInt("oud")))
                .list();
    }
}
