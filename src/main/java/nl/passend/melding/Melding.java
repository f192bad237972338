package nl.passend.melding;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An in-app notification for one account: what kind of change ({@code soort}), where to look
 * ({@code link}, a path in Passend), when, and whether it was read. No names or content.
 */
public record Melding(UUID id, String soort, String link, OffsetDateTime createdAt, OffsetDateTime gelezenOp) {

    public boolean gelezen() {
        return gelezenOp != null;
    }
}
