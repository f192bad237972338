package nl.passend.tlv;

import java.util.List;
import java.util.Set;
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
 * Reports attached to a TLV request, each with the parents' consent. Health data: only readers with
 * {@code TLV_HEALTH_READ} within scope see them (WPO art. 18a lid 13), and they are deleted with the
 * retention term.
 */
@Service
@Transactional
public class BijlageService {

    /** Largest attachment accepted (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final RowMapper<Bijlage> ROW = (rs, n) -> new Bijlage(rs.getObject("id", UUID.class),
            rs.getObject("aanvraag_id", UUID.class), rs.getString("bestandsnaam"), rs.getString("content_type"),
            rs.getInt("grootte"), rs.getBoolean("toestemming_ouders"), rs.getBoolean("gezondheidsgegevens"),
            rs.getObject("verwijderd_op") != null, rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final AanvraagAccess access;
    private final AuditLog audit;

    BijlageService(JdbcClient jdbc, AanvraagAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Adds a report to a request that is not decided yet. */
    public Bijlage add(CurrentUser user, UUID aanvraagId, String bestandsnaam, String contentType, byte[] inhoud,
                       boolean toestemmingOuders, boolean gezondheidsgegevens) {
        Permission permission = user.can(Permission.TLV_REQUEST) ? Permission.TLV_REQUEST : Permission.TLV_INTAKE;
        TlvAanvraag a = access.load(user, aanvraagId, permission);
        TlvAanvraagStatus status = access.lockStatus(aanvraagId);
        if (status == TlvAanvraagStatus.BESLOTEN || status == TlvAanvraagStatus.INGETROKKEN) {
            throw new PassendException.Conflict("tlv-aanvraag-closed");
        }
        if (inhoud == null || inhoud.length == 0) {
            throw new PassendException.RuleViolation("bijlage-empty");
        }
        if (inhoud.length > MAX_BYTES) {
            throw new PassendException.RuleViolation("bijlage-too-large");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!TYPES.contains(type)) {
            throw new PassendException.RuleViolation("bijlage-type-not-allowed");
        }
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bijlage"
                : bestandsnaam.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tlv_bijlage (id, swv_id, aanvraag_id, bestandsnaam, content_type, grootte, inhoud,
                                         toestemming_ouders, gezondheidsgegevens, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.requireTenant(), aanvraagId, naam, type, inhoud.length, inhoud, toestemmingOuders,
                        gezondheidsgegevens, user.accountId()).update();
        audit.record(user, "tlv-bijlage.add", "tlv-aanvraag", aanvraagId);
        return list(user, aanvraagId).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** The attachments the user may see: without the parents' consent only the school itself sees one. */
    @Transactional(readOnly = true)
    public List<Bijlage> list(CurrentUser user, UUID aanvraagId) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_HEALTH_READ);
        boolean school = ofSchool(user, a.schoolId());
        return jdbc.sql("SELECT id, aanvraag_id, bestandsnaam, content_type, grootte, toestemming_ouders, "
                        + "gezondheidsgegevens, verwijderd_op, created_at FROM tlv_bijlage WHERE aanvraag_id = ? "
                        + "AND (toestemming_ouders OR ?) ORDER BY created_at").params(aanvraagId, school)
                .query(ROW).list();
    }

    private static boolean ofSchool(CurrentUser user, UUID schoolId) {
        return user.grants().stream().anyMatch(g -> g.role().scope() == nl.passend.shared.security.ScopeType.SCHOOL
                && schoolId.equals(g.scopeId()));
    }

    @Transactional // not read-only: the read is audited
    public BijlageContent content(CurrentUser user, UUID aanvraagId, UUID bijlageId) {
        TlvAanvraag a = access.load(user, aanvraagId, Permission.TLV_HEALTH_READ);
        BijlageContent content = jdbc.sql("SELECT bestandsnaam, content_type, inhoud FROM tlv_bijlage "
                        + "WHERE aanvraag_id = ? AND id = ? AND inhoud IS NOT NULL AND (toestemming_ouders OR ?)")
                .params(aanvraagId, bijlageId, ofSchool(user, a.schoolId()))
                .query((rs, n) -> new BijlageContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new PassendException.NotFound("bijlage-not-found"));
        audit.record(user, "tlv-bijlage.read", "tlv-aanvraag", aanvraagId);
        return content;
    }
}
