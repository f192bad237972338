package nl.passend.organisation;

import java.util.UUID;

/** Werkgebied: a sub-region of an SWV with its own consulent(s), schools and budget. */
public record Werkgebied(UUID id, String naam, int version) {
}
