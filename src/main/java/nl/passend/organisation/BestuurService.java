package nl.passend.organisation;

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

/** Schoolbesturen of the user's SWV. */
@Service
@Transactional
public class BestuurService implements RegisterEntityService<Bestuur, BestuurInput> {

    private static final String COLUMNS = "id, naam, bevoegd_gezag_nummer, iban, version";
    private static final RowMapper<Bestuur> ROW = (rs, n) -> new Bestuur(rs.getObject("id", UUID.class),
            rs.getString("naam"), rs.getString("bevoegd_gezag_nummer"), rs.getString("iban"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BestuurService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Bestuur> list(CurrentUser user) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM bestuur WHERE swv_id = ? ORDER BY naam")
                .param(user.requireTenant()).query(ROW).list().stream().map(b -> forReader(user, b)).toList();
    }

    @Transactional(readOnly = true)
    public Bestuur get(CurrentUser user, UUID id) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM bestuur WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional().map(b -> forReader(user, b))
                .orElseThrow(() -> new PassendException.NotFound("bestuur-not-found"));
    }

    /** The bank account is for settlements: only those who manage the register see it. */
    private static Bestuur forReader(CurrentUser user, Bestuur bestuur) {
        return user.can(Permission.REGISTER_MANAGE) ? bestuur
                : new Bestuur(bestuur.id(), bestuur.naam(), bestuur.bevoegdGezagNummer(), null, bestuur.version());
    }

    public Bestuur create(CurrentUser user, BestuurInput input) {
        user.require(Permission.REGISTER_MANAGE);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO bestuur (id, swv_id, naam, bevoegd_gezag_nummer, iban, created_by)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), input.getNaam(), input.getBevoegdGezagNummer(),
                            input.getIban(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("bestuur-number-taken");
        }
        audit.record(user, "bestuur.create", "bestuur", id);
        return get(user, id);
    }

    public Bestuur update(CurrentUser user, UUID id, BestuurInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE bestuur SET naam = ?, bevoegd_gezag_nummer = ?, iban = ?, updated_at = now(),
                           updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND version = ?""")
                    .params(input.getNaam(), input.getBevoegdGezagNummer(), input.getIban(), user.accountId(),
                            user.requireTenant(), id, version).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("bestuur-number-taken");
        }
        Versioned.checkUpdated(rows, () -> exists(user, id), "bestuur-not-found");
        audit.record(user, "bestuur.update", "bestuur", id);
        return get(user, id);
    }

    boolean exists(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT count(*) FROM bestuur WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single() > 0;
    }
}
