package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which arrangements to list; every field optional. {@code van}/{@code tot} select the arrangements whose
 * period overlaps that range (both inclusive).
 */
public record ArrangementFilter(UUID bestuurId, UUID schoolId, UUID werkgebiedId, ArrangementStatus status,
                                LocalDate van, LocalDate tot) {

    public static ArrangementFilter all() {
        return new ArrangementFilter(null, null, null, null, null, null);
    }
}
