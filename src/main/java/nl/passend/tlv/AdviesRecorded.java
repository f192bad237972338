package nl.passend.tlv;

import java.util.UUID;

/** A deskundige recorded an advice; the parents get a copy. Ids only, never names or content. */
public record AdviesRecorded(UUID swvId, UUID aanvraagId, UUID leerlingId) {
}
