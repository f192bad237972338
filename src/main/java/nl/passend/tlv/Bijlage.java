package nl.passend.tlv;

import java.time.Instant;
import java.util.UUID;

/** An attachment of a TLV request (a report), with the parents' consent; its content is read separately. */
public record Bijlage(UUID id, UUID aanvraagId, String bestandsnaam, String contentType, int grootte,
                      boolean toestemmingOuders, boolean gezondheidsgegevens, boolean verwijderd, Instant createdAt) {
}
