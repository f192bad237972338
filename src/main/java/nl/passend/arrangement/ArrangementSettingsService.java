package nl.passend.arrangement;

import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.PupilScope;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets the SWV's arrangement settings; an SWV without a row uses {@link ArrangementSettings#DEFAULTS}. */
@Service
@Transactional
public class ArrangementSettingsService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ArrangementSettingsService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The settings of the user's SWV, for those who read aanvragen. */
    @Transactional(readOnly = true)
    public ArrangementSettings current(CurrentUser user) {
        user.require(Permission.AANVRAAG_READ);
        return current(user.requireTenant());
    }

    /** The settings of an SWV, for the aanvraag's own acts (no user check: callers have done theirs). */
    @Transactional(readOnly = true)
    public ArrangementSettings current(UUID swvId) {
        return jdbc.sql("SELECT fiat_bestuur FROM arrangement_instelling WHERE swv_id = ?").param(swvId)
                .query((rs, n) -> new ArrangementSettings(rs.getBoolean("fiat_bestuur")))
                .optional().orElse(ArrangementSettings.DEFAULTS);
    }

    /** Sets the settings: SWV staff who decide for the whole SWV (the director), not a consulent. */
    public ArrangementSettings update(CurrentUser user, ArrangementSettings settings) {
        user.require(Permission.AANVRAAG_DECIDE);
        if (!PupilScope.seesWholeSwv(user, Permission.AANVRAAG_DECIDE)) {
            throw new PassendException.Forbidden("forbidden");
        }
        jdbc.sql("""
                INSERT INTO arrangement_instelling (swv_id, fiat_bestuur, updated_at, updated_by) VALUES (?, ?, now(), ?)
                ON CONFLICT (swv_id) DO UPDATE SET fiat_bestuur = excluded.fiat_bestuur, updated_at = now(),
                    updated_by = excluded.updated_by""")
                .params(user.requireTenant(), settings.fiatBestuur(), user.accountId()).update();
        audit.record(user, "arrangement.settings-update", "swv", user.requireTenant());
        return current(user.requireTenant());
    }
}
