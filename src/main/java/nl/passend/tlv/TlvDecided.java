package nl.passend.tlv;

import java.util.UUID;

/** The director decided on a TLV request; the beschikking is stored. Ids only, never names or content. */
public record TlvDecided(UUID swvId, UUID besluitId, UUID aanvraagId, UUID leerlingId, UUID schoolId, UUID ontvangendeSchoolId, boolean toegekend) {
}
