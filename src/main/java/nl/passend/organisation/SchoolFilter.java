package nl.passend.organisation;

import java.util.UUID;

/** Optional filters on the school list. */
public record SchoolFilter(SchoolSoort soort, UUID bestuurId, UUID werkgebiedId, UUID gemeenteId) {

    public static SchoolFilter all() {
        return new SchoolFilter(null, null, null, null);
    }
}
