package nl.passend.groeidocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded consent (or refusal) of the parents (AVG art. 6/9; for the handelingsdeel the instemming of
 * WPO art. 40a lid 5): about what, for whom, given or not, the reason, who gave it and when, and whether
 * it came from the screen or an OSO dossier. The latest record per subject and recipient counts.
 * Redacts itself in {@link #toString()}.
 */
public record Toestemming(UUID id, UUID leerlingId, ToestemmingOnderwerp onderwerp, UUID onderwerpId,
                          Ontvanger ontvanger, boolean gegeven, String reden, String door, UUID doorAccount,
                          LocalDate op, ToestemmingBron bron, Instant vastgelegdOp) {

    @Override
    public String toString() {
        return "Toestemming[" + id + ", " + onderwerp + ", " + ontvanger + ", " + gegeven + "]";
    }
}
