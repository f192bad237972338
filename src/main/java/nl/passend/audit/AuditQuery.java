package nl.passend.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail of the user's own SWV, newest first. Reading it is itself audited. */
@Service
public class AuditQuery {

    static final int PAGE_SIZE = 100;
    private static final int MAX_PAGE = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AuditQuery(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public AuditPage search(CurrentUser user, AuditFilter filter, int page) {
        user.require(Permission.AUDIT_READ);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new PassendException.RuleViolation("audit-period-invalid");
        }
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor, action, subject_type, subject_id, outcome, client_ip
                  FROM audit_event WHERE swv_id = ?""");
        List<Object> params = new ArrayList<>();
        params.add(user.requireTenant());
        if (notBlank(filter.actor())) {
            sql.append(" AND actor = ?");
            params.add(filter.actor().trim().toLowerCase());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (notBlank(filter.action())) {
            sql.append(" AND action = ?");
            params.add(filter.action().trim());
        }
        if (notBlank(filter.subject())) {
            sql.append(" AND (subject_id = ? OR subject_type = ?)");
            params.add(filter.subject().trim());
            params.add(filter.subject().trim());
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(PAGE_SIZE + 1);
        params.add(Math.min(Math.max(0, page), MAX_PAGE) * PAGE_SIZE);
        List<AuditEntry> entries = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("outcome"), rs.getString("client_ip")))
                .list();
        auditLog.record(user, "audit.read", "audit", null);
        boolean more = entries.size() > PAGE_SIZE;
        return new AuditPage(more ? entries.subList(0, PAGE_SIZE) : entries, Math.min(Math.max(0, page), MAX_PAGE), more);
    }

    /** The distinct actions present, for the filter's choice list. */
    @Transactional(readOnly = true)
    public List<String> actions(CurrentUser user) {
        user.require(Permission.AUDIT_READ);
        return jdbc.sql("SELECT DISTINCT action FROM audit_event WHERE swv_id = ? ORDER BY action")
                .param(user.requireTenant()).query(String.class).list();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
