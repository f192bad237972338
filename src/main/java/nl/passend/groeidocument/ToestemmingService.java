package nl.passend.groeidocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parents' consent records, append-only: the latest record per subject and recipient counts, so a
 * consent is withdrawn by recording a refusal. A parent records for their own child
 * ({@code TOESTEMMING_GEVEN}, their account is the one who gave it); the school records a consent given
 * on paper ({@code GROEIDOCUMENT_MANAGE}, with the parent's name); an OSO import carries the dossier's
 * inzage data over ({@code OSO_IMPORT}, bron OSO).
 */
@Service
@Transactional
public class ToestemmingService {

    static final String COLUMNS = "id, leerling_id, onderwerp, onderwerp_id, ontvanger, gegeven, reden, door, "
            + "door_account, op, bron, created_at";
    static final RowMapper<Toestemming> ROW = (rs, n) -> new Toestemming(rs.getObject("id", UUID.class),
            rs.getObject("leerling_id", UUID.class), ToestemmingOnderwerp.valueOf(rs.getString("onderwerp")),
            rs.getObject("onderwerp_id", UUID.class),
            rs.getString("ontvanger") == null ? null : Ontvanger.valueOf(rs.getString("ontvanger")),
            rs.getBoolean("gegeven"), rs.getString("reden"), rs.getString("door"),
            rs.getObject("door_account", UUID.class), rs.getObject("op", LocalDate.class),
            ToestemmingBron.valueOf(rs.getString("bron")), rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final GroeidocumentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ToestemmingService(JdbcClient jdbc, GroeidocumentAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a consent or refusal. */
    public Toestemming record(CurrentUser user, ToestemmingInput input) {
        ToestemmingBron bron = input.bron() == null ? ToestemmingBron.UI : input.bron();
        boolean ouder = user.can(Permission.TOESTEMMING_GEVEN) && access.isOuder(user, input.leerlingId());
        Permission permission = ouder ? Permission.TOESTEMMING_GEVEN
                : bron == ToestemmingBron.OSO && user.can(Permission.OSO_IMPORT) && !user.can(Permission.GROEIDOCUMENT_MANAGE)
                ? Permission.OSO_IMPORT : Permission.GROEIDOCUMENT_MANAGE;
        access.pupil(user, input.leerlingId(), permission);
        if (input.onderwerp() == null) {
            throw new PassendException.RuleViolation("toestemming-onderwerp-verplicht");
        }
        if (input.ontvanger() == null && input.onderwerp() != ToestemmingOnderwerp.OPP_HANDELINGSDEEL) {
            throw new PassendException.RuleViolation("toestemming-ontvanger-verplicht");
        }
        requireOnderwerpOfPupil(input);
        String door = ouder ? user.displayName() : input.door() == null ? null : input.door().strip();
        if (door == null || door.isEmpty()) {
            throw new PassendException.RuleViolation("toestemming-door-verplicht");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate op = input.op() == null ? today : input.op();
        if (op.isAfter(today)) {
            throw new PassendException.RuleViolation("toestemming-datum-toekomst");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO toestemming (id, swv_id, leerling_id, onderwerp, onderwerp_id, ontvanger, gegeven, reden, door,
                                         door_account, op, bron, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.requireTenant(), input.leerlingId(), input.onderwerp().name(), input.onderwerpId(),
                        input.ontvanger() == null ? null : input.ontvanger().name(), input.gegeven(),
                        input.reden() == null || input.reden().isBlank() ? null : input.reden().strip(), door,
                        ouder ? user.accountId() : null, op, bron.name(), user.accountId())
                .update();
        audit.record(user, "toestemming.record", "leerling", input.leerlingId());
        return jdbc.sql("SELECT " + COLUMNS + " FROM toestemming WHERE id = ?").param(id).query(ROW).single();
    }

    /** All consent records of a pupil, newest first (the history stays visible). */
    @Transactional // audited
    public List<Toestemming> list(CurrentUser user, UUID leerlingId) {
        access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_READ);
        audit.record(user, "toestemming.list", "leerling", leerlingId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM toestemming WHERE leerling_id = ? ORDER BY volgnr DESC")
                .param(leerlingId).query(ROW).list();
    }

    private void requireOnderwerpOfPupil(ToestemmingInput input) {
        String table = switch (input.onderwerp()) {
            case BIJLAGE -> "groeidocument_bijlage";
            case OPP_HANDELINGSDEEL -> "opp";
            case GROEIDOCUMENT -> input.onderwerpId() == null ? null : "groeidocument_versie";
        };
        if (table == null) {
            return;
        }
        boolean found = input.onderwerpId() != null && jdbc.sql("SELECT count(*) FROM " + table
                        + " WHERE id = ? AND leerling_id = ?").params(input.onderwerpId(), input.leerlingId())
                .query(Integer.class).single() > 0;
        if (!found) {
            throw new PassendException.NotFound("toestemming-onderwerp-not-found");
        }
    }
}
