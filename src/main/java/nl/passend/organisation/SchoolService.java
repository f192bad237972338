package nl.passend.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scholen (vestigingen) of the user's SWV. */
@Service
@Transactional
public class SchoolService {

    private static final String COLUMNS = "id, brin, vestigingsnummer, naam, soort, cluster, bestuur_id, "
            + "werkgebied_id, gemeente_id, adres, plaats, version";
    private static final RowMapper<School> ROW = (rs, n) -> new School(rs.getObject("id", UUID.class),
            rs.getString("brin"), rs.getString("vestigingsnummer"), rs.getString("naam"),
            SchoolSoort.valueOf(rs.getString("soort")), (Integer) rs.getObject("cluster", Integer.class),
            rs.getObject("bestuur_id", UUID.class), rs.getObject("werkgebied_id", UUID.class),
            rs.getObject("gemeente_id", UUID.class), rs.getString("adres"), rs.getString("plaats"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SchoolService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<School> list(CurrentUser user, SchoolFilter filter) {
        user.require(Permission.REGISTER_READ);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM school WHERE swv_id = ?");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant()));
        if (filter.soort() != null) {
            sql.append(" AND soort = ?");
            params.add(filter.soort().name());
        }
        if (filter.bestuurId() != null) {
            sql.append(" AND bestuur_id = ?");
            params.add(filter.bestuurId());
        }
        if (filter.werkgebiedId() != null) {
            sql.append(" AND werkgebied_id = ?");
            params.add(filter.werkgebiedId());
        }
        if (filter.gemeenteId() != null) {
            sql.append(" AND gemeente_id = ?");
            params.add(filter.gemeenteId());
        }
        sql.append(" ORDER BY naam, brin, vestigingsnummer");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public School get(CurrentUser user, UUID id) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM school WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("school-not-found"));
    }

    public School create(CurrentUser user, SchoolInput input) {
        user.require(Permission.REGISTER_MANAGE);
        checkReferences(user, input);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO school (id, swv_id, brin, vestigingsnummer, naam, soort, cluster, bestuur_id,
                                        werkgebied_id, gemeente_id, adres, plaats, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), input.getBrin(), input.getVestigingsnummer(), input.getNaam(),
                            input.getSoort().name(), input.getCluster(), input.getBestuurId(),
                            input.getWerkgebiedId(), input.getGemeenteId(), input.getAdres(), input.getPlaats(),
                            user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("school-brin-taken");
        }
        audit.record(user, "school.create", "school", id);
        return get(user, id);
    }

    public School update(CurrentUser user, UUID id, SchoolInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        checkReferences(user, input);
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE school SET brin = ?, vestigingsnummer = ?, naam = ?, soort = ?, cluster = ?,
                           bestuur_id = ?, werkgebied_id = ?, gemeente_id = ?, adres = ?, plaats = ?,
                           updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND version = ?""")
                    .params(input.getBrin(), input.getVestigingsnummer(), input.getNaam(), input.getSoort().name(),
                            input.getCluster(), input.getBestuurId(), input.getWerkgebiedId(), input.getGemeenteId(),
                            input.getAdres(), input.getPlaats(), user.accountId(), user.requireTenant(), id, version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("school-brin-taken");
        }
        Versioned.checkUpdated(rows, () -> count("school", user, id) > 0, "school-not-found");
        audit.record(user, "school.update", "school", id);
        return get(user, id);
    }

    /** Names the missing reference precisely instead of a database error. */
    private void checkReferences(CurrentUser user, SchoolInput input) {
        if (count("bestuur", user, input.getBestuurId()) == 0) {
            throw new PassendException.RuleViolation("school-bestuur-unknown");
        }
        if (input.getWerkgebiedId() != null && count("werkgebied", user, input.getWerkgebiedId()) == 0) {
            throw new PassendException.RuleViolation("school-werkgebied-unknown");
        }
        if (input.getGemeenteId() != null && count("gemeente", user, input.getGemeenteId()) == 0) {
            throw new PassendException.RuleViolation("school-gemeente-unknown");
        }
    }

    private int count(String table, CurrentUser user, UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single();
    }
}
