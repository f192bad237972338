package nl.passend.groeidocument;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Ontwikkelingsperspectief (WPO art. 40a) of a pupil at a school: the current content (latest
 * {@link OppVersie}), its state, when the handelingsdeel was vastgesteld, the latest instemming record
 * about the handelingsdeel (null if none), the evaluations and the next evaluation date. {@code version}
 * is the optimistic lock for acts. Redacts itself in {@link #toString()}.
 */
public record Opp(UUID id, UUID leerlingId, UUID schoolId, int versie, OppInput inhoud, OppStatus status,
                  LocalDate vastgesteldOp, LocalDate volgendeEvaluatie, Toestemming instemming,
                  List<OppEvaluatie> evaluaties, int version) {

    public Opp {
        evaluaties = evaluaties == null ? List.of() : List.copyOf(evaluaties);
    }

    /** The due date of the OPP: 6 weeks after enrolment (WPO art. 40a lid 3). */
    public LocalDate vaststellenUiterlijk() {
        return inhoud.ingeschrevenOp().plusWeeks(OppService.WEKEN_VASTSTELLEN);
    }

    @Override
    public String toString() {
        return "Opp[" + id + ", " + status + "]";
    }
}
