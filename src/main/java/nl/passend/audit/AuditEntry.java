package nl.passend.audit;

import java.time.Instant;

/** One line of the audit trail as the privacy officer reads it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String outcome, String clientIp) {
}
