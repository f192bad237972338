package nl.passend.groeidocument;

import java.time.Instant;
import java.util.UUID;

/**
 * An attachment to a pupil's groeidocument (a report, a plan). Outside the school it is shown only to a
 * recipient for whom the parents gave consent. Redacts its file name in {@link #toString()}.
 */
public record Bijlage(UUID id, UUID leerlingId, String naam, String mimeType, int grootte, UUID toegevoegdDoor,
                      Instant toegevoegdOp) {

    @Override
    public String toString() {
        return "Bijlage[" + id + "]";
    }
}
