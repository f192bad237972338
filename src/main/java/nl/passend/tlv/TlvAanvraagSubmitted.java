package nl.passend.tlv;

import java.util.UUID;

/** A school filed a TLV request. Ids only, never names or content. */
public record TlvAanvraagSubmitted(UUID swvId, UUID aanvraagId, UUID schoolId) {
}
