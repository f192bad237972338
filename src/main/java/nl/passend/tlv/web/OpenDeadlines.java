package nl.passend.tlv.web;

import java.util.List;
import java.util.UUID;

import nl.passend.werkvoorraad.Deadline;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open deadlines of a request for its case page. {@link DeadlineService#openFor} joins a transaction
 * but starts none, and without one the tenant is not set for row-level security; this gives it one.
 * Call it only after the request itself was read for the user (the deadlines carry no scope check).
 */
@Component
class OpenDeadlines {

    private final DeadlineService deadlines;

    OpenDeadlines(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public List<Deadline> of(UUID aanvraagId) {
        return deadlines.openFor(aanvraagId);
    }
}
