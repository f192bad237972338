package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of the MDO (multidisciplinair overleg): when, who took part, the perspectives heard (child,
 * parents, school, care partners), the outcome, and the evaluation moments agreed.
 */
public record MdoInput(LocalDate datum, String deelnemers, String perspectieven, String uitkomst,
                       List<LocalDate> evaluatiemomenten) {

    public MdoInput {
        evaluatiemomenten = evaluatiemomenten == null ? List.of()
                : evaluatiemomenten.stream().filter(d -> d != null).distinct().sorted().toList();
    }

    @Override
    public String toString() {
        return "MdoInput[" + datum + "]";
    }
}
