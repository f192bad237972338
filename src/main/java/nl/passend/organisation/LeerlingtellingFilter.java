package nl.passend.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** Optional filters on the leerlingtelling list. */
public record LeerlingtellingFilter(UUID schoolId, LocalDate teldatum) {
}
