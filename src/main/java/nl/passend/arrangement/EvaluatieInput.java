package nl.passend.arrangement;

import java.time.LocalDate;

/**
 * An evaluation of a running arrangement: when, who took part (and whether the parents and the pupil
 * did), the findings, and the outcome, with the new end date when it is extended.
 */
public record EvaluatieInput(LocalDate datum, String deelnemers, boolean oudersAanwezig, boolean leerlingAanwezig,
                             String bevindingen, EvaluatieUitkomst uitkomst, LocalDate nieuweEind) {

    @Override
    public String toString() {
        return "EvaluatieInput[" + datum + ", " + uitkomst + "]";
    }
}
