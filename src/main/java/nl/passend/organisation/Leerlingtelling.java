package nl.passend.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Leerlingtelling: the number of pupils of a school on a teldatum (1 October; for PO funding since
 * 2023 also 1 February), with its source and status.
 */
public record Leerlingtelling(UUID id, UUID schoolId, LocalDate teldatum, int aantal, TelBron bron,
                              TelStatus status, int version) {
}
