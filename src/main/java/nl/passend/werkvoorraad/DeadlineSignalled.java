package nl.passend.werkvoorraad;

import java.util.UUID;

import nl.passend.shared.term.DeadlineState;

/**
 * The daily scan found that an open step came near its date or passed it ({@code state} is the new
 * signal). Published once per escalation. Ids only, never names or content.
 */
public record DeadlineSignalled(UUID swvId, UUID deadlineId, String soort, DeadlineState state) {
}
