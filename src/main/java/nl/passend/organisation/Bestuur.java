package nl.passend.organisation;

import java.util.UUID;

/**
 * Schoolbestuur (bevoegd gezag): the board that runs schools, identified by its five-digit
 * bevoegd-gezagnummer; {@code iban} receives settlements.
 */
public record Bestuur(UUID id, String naam, String bevoegdGezagNummer, String iban, int version) {
}
