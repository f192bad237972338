package nl.passend.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Historical actuals per post per year (realisatie_historie), imported from earlier annual accounts.
 * An import is all-or-nothing: a file with any wrong line stores nothing, and a valid file replaces
 * exactly the (jaar, post) cells it fills, in one transaction; every other stored figure stays, so a file
 * with the lasten and a later one with the baten of the same years add up. See {@link HistorieCsv} for the
 * format.
 */
@Service
@Transactional
public class HistorieService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    HistorieService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public HistorieImportResultaat importeer(CurrentUser user, String bestandsnaam, String inhoud) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        HistorieCsv.Uitkomst uitkomst = HistorieCsv.lees(inhoud);
        if (!uitkomst.meldingen().isEmpty()) {
            return new HistorieImportResultaat(uitkomst.meldingen(), List.of(), 0);
        }
        String bron = bestandsnaam == null || bestandsnaam.isBlank() ? "import.csv" : bestandsnaam.strip();
        List<Integer> jaren = new ArrayList<>(uitkomst.inhoud().perJaar().keySet());
        for (Map.Entry<Integer, Map<Begrotingspost, BigDecimal>> jaar : uitkomst.inhoud().perJaar().entrySet()) {
            for (Map.Entry<Begrotingspost, BigDecimal> regel : jaar.getValue().entrySet()) {
                jdbc.sql("DELETE FROM realisatie_historie WHERE swv_id = ? AND jaar = ? AND post = ?")
                        .params(swv, jaar.getKey(), regel.getKey().name()).update();
                jdbc.sql("""
                        INSERT INTO realisatie_historie (swv_id, jaar, post, bedrag, bron_bestand, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(swv, jaar.getKey(), regel.getKey().name(), regel.getValue(), bron, user.accountId())
                        .update();
            }
            audit.record(user, "finance.historie.import", "realisatie_historie", jaar.getKey());
        }
        return new HistorieImportResultaat(List.of(), jaren, uitkomst.inhoud().regels());
    }

    /** The stored history: per year (ascending) the amount per post. */
    @Transactional(readOnly = true)
    public Map<Integer, Map<Begrotingspost, BigDecimal>> historie(CurrentUser user) {
        requireReports(user);
        Map<Integer, Map<Begrotingspost, BigDecimal>> result = new TreeMap<>();
        jdbc.sql("SELECT jaar, post, bedrag FROM realisatie_historie WHERE swv_id = ? ORDER BY jaar, post")
                .param(user.requireTenant())
                .query(rs -> {
                    result.computeIfAbsent(rs.getInt("jaar"), j -> new TreeMap<>())
                            .put(Begrotingspost.valueOf(rs.getString("post")), rs.getBigDecimal("bedrag"));
                });
        return result;
    }

    /** Realisation reports are open to FINANCE_READ and to toezicht (FINANCE_REPORT_READ). */
    static void requireReports(CurrentUser user) {
        if (!user.can(Permission.FINANCE_READ)) {
            user.require(Permission.FINANCE_REPORT_READ);
        }
    }
}
