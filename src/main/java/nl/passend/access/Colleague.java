package nl.passend.access;

import java.util.UUID;

/** An active account as other modules see it: id and display name only. */
public record Colleague(UUID id, String displayName) {
}
