package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ondersteuningsaanvraag (UI: aanvraag extra ondersteuning): a school's request for extra support for a
 * pupil or a group (then {@code leerlingId} is null and {@code groep}/{@code aantal} describe it), on a
 * route, with the groeidocument version it rests on. It carries its handling (consulent, information asked
 * and given), the MDO record and the besluit. {@code healthVisible} false (a user who may not read the
 * health details of this aanvraag, as of its groeidocument: a bestuur) means the groeidocument may not be
 * shown and every free text that may describe the pupil is left out: the information asked and given, the
 * MDO's participants, perspectives and outcome, and the grounds of the besluit. The question of the school
 * ({@code vraag}) is kept on purpose: the bestuur needs it to give or refuse its fiat, and the school writes
 * it knowing the bestuur reads it. The dates, states and the besluit's outcome are kept too.
 */
public record Ondersteuningsaanvraag(UUID id, UUID schoolId, String schoolNaam, UUID bestuurId, UUID werkgebiedId,
                                     UUID leerlingId, String leerlingNaam, String groep, Integer aantal,
                                     OndersteuningsRoute route, String vraag, UUID groeidocumentVersieId,
                                     OndersteuningsaanvraagStatus status, String fiatToelichting, LocalDate ingediendOp,
                                     UUID consulentId, String informatieVraag, String informatieAntwoord,
                                     LocalDate mdoDatum, String mdoDeelnemers, String mdoPerspectieven,
                                     String mdoUitkomst, BesluitUitkomst besluitUitkomst, String besluitGronden,
                                     LocalDate beslotenOp, LocalDate aangehoudenTot, boolean healthVisible,
                                     int version) {

    /** Whether it is for a group rather than one pupil. */
    public boolean isGroep() {
        return leerlingId == null;
    }

    Ondersteuningsaanvraag withoutHealthDetails() {
        return new Ondersteuningsaanvraag(id, schoolId, schoolNaam, bestuurId, werkgebiedId, leerlingId, leerlingNaam,
                groep, aantal, route, vraag, groeidocumentVersieId, status, fiatToelichting, ingediendOp, consulentId,
                null, null, mdoDatum, null, null, null, besluitUitkomst, null, beslotenOp, aangehoudenTot, false,
                version);
    }

    @Override
    public String toString() {
        return "Ondersteuningsaanvraag[" + id + ", " + status + "]";
    }
}
