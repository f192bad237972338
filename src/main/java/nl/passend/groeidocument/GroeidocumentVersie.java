package nl.passend.groeidocument;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable version of a pupil's groeidocument: number (1, 2, ...), content, who saved it and when.
 * Earlier versions stay readable. Redacts itself in {@link #toString()}.
 */
public record GroeidocumentVersie(UUID id, UUID leerlingId, int nummer, GroeidocumentInput inhoud, UUID auteurId,
                                  String auteurNaam, Instant opgeslagenOp) {

    @Override
    public String toString() {
        return "GroeidocumentVersie[" + id + ", " + nummer + "]";
    }
}
