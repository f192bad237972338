package nl.passend.tlv;

import java.util.UUID;

/** The SWV asked the school for more information on a TLV request. Ids only, never names or content. */
public record TlvAanvraagReturned(UUID swvId, UUID aanvraagId, UUID schoolId) {
}
