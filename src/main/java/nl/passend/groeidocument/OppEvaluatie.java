package nl.passend.groeidocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded evaluation of an OPP (WPO art. 40a lid 6: at least yearly, with the parents). Redacts itself. */
public record OppEvaluatie(UUID id, UUID oppId, LocalDate datum, boolean metOuders, boolean metLeerling, String anderen,
                           String uitkomst, UUID vastgelegdDoor, Instant vastgelegdOp) {

    @Override
    public String toString() {
        return "OppEvaluatie[" + id + "]";
    }
}
