package nl.passend.tlv;

import java.util.UUID;

/** A deskundige was asked to advise on a TLV request. Ids only, never names or content. */
public record DeskundigeAssigned(UUID swvId, UUID aanvraagId, UUID deskundigeId) {
}
