package nl.passend.tlv;

import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets the SWV's TLV settings; an SWV without a row uses {@link TlvSettings#DEFAULTS}. */
@Service
@Transactional
public class TlvSettingsService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TlvSettingsService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public TlvSettings current(UUID swvId) {
        return jdbc.sql("SELECT * FROM tlv_instelling WHERE swv_id = ?").param(swvId)
                .query((rs, n) -> new TlvSettings(rs.getBoolean("emb_een_advies"), rs.getInt("signaal_maanden"),
                        rs.getInt("bewaartermijn_jaren")))
                .optional().orElse(TlvSettings.DEFAULTS);
    }

    /** Sets the settings; the director owns the process. */
    public TlvSettings update(CurrentUser user, TlvSettings settings) {
        user.require(Permission.TLV_DECIDE);
        jdbc.sql("""
                INSERT INTO tlv_instelling (swv_id, emb_een_advies, signaal_maanden, bewaartermijn_jaren,
                                            updated_at, updated_by)
                VALUES (?, ?, ?, ?, now(), ?)
                ON CONFLICT (swv_id) DO UPDATE SET emb_een_advies = excluded.emb_een_advies,
                    signaal_maanden = excluded.signaal_maanden, bewaartermijn_jaren = excluded.bewaartermijn_jaren, updated_at = now(), updated_by = excluded.updated_by""")
                .params(user.requireTenant(), settings.embEenAdvies(), settings.signaalMaanden(),
                        settings.bewaartermijnJaren(), user.accountId()).update();
        audit.record(user, "tlv.settings-update", "swv", user.requireTenant());
        return current(user.requireTenant());
    }
}
