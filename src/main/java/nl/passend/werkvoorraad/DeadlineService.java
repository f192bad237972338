package nl.passend.werkvoorraad;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.shared.term.DeadlineState;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, moves and closes deadlines on behalf of case modules, inside the case's own transaction
 * (so a step and its deadline change together).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DeadlineService {

    static final RowMapper<Deadline> ROW = (rs, n) -> new Deadline(rs.getObject("id", UUID.class),
            rs.getString("soort"), rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
            rs.getObject("leerling_id", UUID.class), rs.getObject("school_id", UUID.class),
            Role.valueOf(rs.getString("owner_role")), rs.getObject("owner_account", UUID.class),
            rs.getObject("start_op", LocalDate.class), rs.getObject("vervalt_op", LocalDate.class),
            rs.getObject("verlengd_tot", LocalDate.class), rs.getString("verlenging_reden"),
            DeadlineState.valueOf(rs.getString("signaal")), rs.getObject("gesloten_op") != null);

    private final JdbcClient jdbc;

    DeadlineService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a deadline; an open one of the same kind, owner role and owner for the same case is replaced. */
    public void open(DeadlineRequest r) {
        jdbc.sql("UPDATE deadline SET gesloten_op = now() WHERE subject_id = ? AND soort = ? AND owner_role = ? "
                + "AND owner_account IS NOT DISTINCT FROM ? AND gesloten_op IS NULL")
                .params(r.subjectId(), r.soort(), r.ownerRole().name(), r.ownerAccount()).update();
        jdbc.sql("""
                INSERT INTO deadline (swv_id, soort, subject_type, subject_id, leerling_id, school_id, owner_role,
                                      owner_account, start_op, vervalt_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(TenantContext.current().orElseThrow(), r.soort(), r.subjectType(), r.subjectId(), r.leerlingId(),
                        r.schoolId(), r.ownerRole().name(), r.ownerAccount(), r.startOp(), r.vervaltOp())
                .update();
    }

    /** Closes the open deadline of this kind for the case, if any. */
    public void close(UUID subjectId, String soort) {
        jdbc.sql("UPDATE deadline SET gesloten_op = now() WHERE subject_id = ? AND soort = ? AND gesloten_op IS NULL")
                .params(subjectId, soort).update();
    }

    /** Closes the open deadline of this kind owned by one account. */
    public void close(UUID subjectId, String soort, UUID ownerAccount) {
        jdbc.sql("UPDATE deadline SET gesloten_op = now() WHERE subject_id = ? AND soort = ? AND owner_account = ? "
                + "AND gesloten_op IS NULL").params(subjectId, soort, ownerAccount).update();
    }

    /** Whether a deadline of this kind was ever opened for the case (open or closed). */
    @Transactional(readOnly = true)
    public boolean everOpened(UUID subjectId, String soort) {
        return jdbc.sql("SELECT count(*) FROM deadline WHERE subject_id = ? AND soort = ?").params(subjectId, soort)
                .query(Integer.class).single() > 0;
    }

    /** Closes every open deadline of the case. */
    public void closeAll(UUID subjectId) {
        jdbc.sql("UPDATE deadline SET gesloten_op = now() WHERE subject_id = ? AND gesloten_op IS NULL")
                .param(subjectId).update();
    }

    /** Moves the due date of an open deadline (a suspended term resumes with its remaining days). */
    public void moveDue(UUID subjectId, String soort, LocalDate due) {
        jdbc.sql("UPDATE deadline SET vervalt_op = ?, signaal = 'OPEN_OK' WHERE subject_id = ? AND soort = ? "
                + "AND gesloten_op IS NULL").params(due, subjectId, soort).update();
    }

    /** Records a granted extension with its reason. */
    public void extend(UUID subjectId, String soort, LocalDate until, String reason) {
        jdbc.sql("UPDATE deadline SET verlengd_tot = ?, verlenging_reden = ?, signaal = 'OPEN_OK' WHERE subject_id = ? "
                + "AND soort = ? AND gesloten_op IS NULL").params(until, reason, subjectId, soort).update();
    }

    /** One deadline of the current tenant, open or closed (for a reaction to {@link DeadlineSignalled}). */
    @Transactional(readOnly = true)
    public Optional<Deadline> find(UUID id) {
        return jdbc.sql("SELECT * FROM deadline WHERE id = ?").param(id).query(ROW).optional();
    }

    /** The open deadlines of one case, for its detail screen. */
    @Transactional(readOnly = true)
    public List<Deadline> openFor(UUID subjectId) {
        return jdbc.sql("SELECT * FROM deadline WHERE subject_id = ? AND gesloten_op IS NULL ORDER BY vervalt_op")
                .param(subjectId).query(ROW).list();
    }
}
