package nl.passend.organisation;

import java.util.UUID;

/** Gemeente: a municipality in the SWV's region, with its four-digit CBS code. */
public record Gemeente(UUID id, String naam, String cbsCode, int version) {
}
