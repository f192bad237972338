package nl.passend.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasMore) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
