package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded evaluation of an arrangement (holds pupil data: redacted in toString). */
public record Evaluatie(UUID id, UUID arrangementId, LocalDate datum, String deelnemers, boolean oudersAanwezig,
                        boolean leerlingAanwezig, String bevindingen, EvaluatieUitkomst uitkomst, LocalDate oudeEind,
                        LocalDate nieuweEind) {

    /** Without who took part and the findings (health details), for a user who may not read those. */
    Evaluatie withoutHealthDetails() {
        return new Evaluatie(id, arrangementId, datum, null, oudersAanwezig, leerlingAanwezig, null, uitkomst, oudeEind,
                nieuweEind);
    }

    @Override
    public String toString() {
        return "Evaluatie[" + id + "]";
    }
}
