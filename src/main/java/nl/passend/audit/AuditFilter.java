package nl.passend.audit;

import java.time.LocalDate;

/** Filter for reading the audit trail; every part is optional. */
public record AuditFilter(String actor, LocalDate from, LocalDate to, String action, String subject) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
