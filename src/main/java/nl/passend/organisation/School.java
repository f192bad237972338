package nl.passend.organisation;

import java.util.UUID;

/**
 * School (vestiging) identified by BRIN + vestigingsnummer ({@code 12AB00}); soort BAO, SBO or SO,
 * SO with cluster 3 or 4.
 */
public record School(UUID id, String brin, String vestigingsnummer, String naam, SchoolSoort soort, Integer cluster,
                     UUID bestuurId, UUID werkgebiedId, UUID gemeenteId, String adres, String plaats, int version) {

    /** BRIN and vestigingsnummer together, as DUO writes them. */
    public String brinVestiging() {
        return brin + vestigingsnummer;
    }
}
