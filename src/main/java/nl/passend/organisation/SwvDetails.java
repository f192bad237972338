package nl.passend.organisation;

import java.util.UUID;

/**
 * The SWV's own details as they appear on its decision letters: address and the sender data
 * (directeur-bestuurder, board). Name and number are set by the platform.
 */
public record SwvDetails(UUID id, String naam, String administratienummer, String sector, String adres,
                         String directeurNaam, String bestuurNaam, int version) {
}
