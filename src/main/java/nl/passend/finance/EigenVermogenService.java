package nl.passend.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The eigen vermogen per year: one row per year, corrected in place with an optimistic version. */
@Service
@Transactional
public class EigenVermogenService {

    private static final RowMapper<EigenVermogen> ROW = (rs, n) -> new EigenVermogen(rs.getObject("id", UUID.class),
            rs.getInt("jaar"), rs.getBigDecimal("bedrag"), rs.getBigDecimal("eigen_ondergrens"),
            rs.getString("bestedingsplan"), rs.getInt("version"));
    private static final String COLUMNS = "id, jaar, bedrag, eigen_ondergrens, bestedingsplan, version";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EigenVermogenService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EigenVermogen> list(CurrentUser user) {
        HistorieService.requireReports(user);
        return jdbc.sql("SELECT " + COLUMNS + " FROM eigen_vermogen WHERE swv_id = ? ORDER BY jaar")
                .param(user.requireTenant()).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Optional<EigenVermogen> find(CurrentUser user, int jaar) {
        HistorieService.requireReports(user);
        return jdbc.sql("SELECT " + COLUMNS + " FROM eigen_vermogen WHERE swv_id = ? AND jaar = ?")
                .params(user.requireTenant(), jaar).query(ROW).optional();
    }

    /** Records the eigen vermogen of a year; a year already recorded needs the version last read. */
    public EigenVermogen save(CurrentUser user, EigenVermogenInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        if (input.getBedrag().scale() > 2 || input.getEigenOndergrens().scale() > 2) {
            throw new PassendException.RuleViolation("eigen-vermogen-centen");
        }
        String plan = input.getBestedingsplan() == null || input.getBestedingsplan().isBlank()
                ? null : input.getBestedingsplan().strip();
        UUID id;
        if (input.getVersion() == null) {
            id = UUID.randomUUID();
            try {
                jdbc.sql("""
                        INSERT INTO eigen_vermogen (id, swv_id, jaar, bedrag, eigen_ondergrens, bestedingsplan, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, swv, input.getJaar(), input.getBedrag(), input.getEigenOndergrens(), plan,
                                user.accountId()).update();
            } catch (DuplicateKeyException e) {
                throw new PassendException.Conflict("eigen-vermogen-jaar-bestaat", String.valueOf(input.getJaar()));
            }
            audit.record(user, "finance.eigen-vermogen.create", "eigen_vermogen", id);
        } else {
            id = jdbc.sql("""
                    UPDATE eigen_vermogen SET bedrag = ?, eigen_ondergrens = ?, bestedingsplan = ?,
                           updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND jaar = ? AND version = ? RETURNING id""")
                    .params(input.getBedrag(), input.getEigenOndergrens(), plan, user.accountId(), swv,
                            input.getJaar(), input.getVersion())
                    .query(UUID.class).optional()
                    .orElseThrow(() -> new PassendException.Conflict("eigen-vermogen-gewijzigd"));
            audit.record(user, "finance.eigen-vermogen.update", "eigen_vermogen", id);
        }
        return find(user, input.getJaar()).orElseThrow();
    }
}
