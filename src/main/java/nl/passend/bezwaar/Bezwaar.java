package nl.passend.bezwaar;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.tlv.BesluitUitkomst;

/**
 * A bezwaar (objection, Awb 6:4) against a TLV decision, with the contested decision it refers to and
 * every date of its handling: receipt, postmark and the end of the objection term (Awb 6:7-6:9), the
 * excuse for lateness (Awb 6:11), the steps through the advisory committee, the decision term and its one
 * postponement (Awb 7:10), the outcome and a later beroep (Awb 8:1). {@code gronden} is personal data,
 * null for readers who may not see it; the record redacts itself in {@link #toString()}.
 */
public record Bezwaar(UUID id, UUID besluitId, UUID aanvraagId, UUID leerlingId, String leerlingNaam, UUID schoolId,
                      String beschikkingsnummer, BesluitUitkomst besluitUitkomst, LocalDate besluitVerzondenOp,
                      Indiener indiener, String gronden, LocalDate ontvangenOp, LocalDate poststempel,
                      LocalDate termijnEinde, boolean tijdig, boolean verschoonbaar, String verschoonbaarReden,
                      BezwaarStatus status, LocalDate doorsturenVoor, LocalDate doorgestuurdOp, LocalDate hoorzittingOp,
                      LocalDate adviesOp, BezwaarUitkomst adviesUitkomst, LocalDate beslissenVoor,
                      LocalDate verdaagdTot, LocalDate verdaagdOp, String verdagingReden, BezwaarUitkomst uitkomst,
                      LocalDate beslistOp, String beslissingMotivering, LocalDate beroepIngesteldOp,
                      LocalDate ingetrokkenOp, int version) {

    /** Lodged after the term and the lateness not excused: the outcome can only be niet-ontvankelijk (Awb 6:11). */
    public boolean lateNotExcused() {
        return !tijdig && !verschoonbaar;
    }

    /** The day the decision is due: the postponed date if the decision was postponed (Awb 7:10 lid 3). */
    public LocalDate beslistermijn() {
        return verdaagdTot != null ? verdaagdTot : beslissenVoor;
    }

    /** The first open deadline: sending to the committee while that is pending, else the decision; none when closed. */
    public LocalDate nextDeadline() {
        if (!status.isOpen()) {
            return null;
        }
        if (status == BezwaarStatus.ONTVANGEN && doorsturenVoor.isBefore(beslistermijn())) {
            return doorsturenVoor;
        }
        return beslistermijn();
    }

    /** Without any free text (gronden, reasons, motivation): what the other party sees. */
    Bezwaar withoutFreeText() {
        return new Bezwaar(id, besluitId, aanvraagId, leerlingId, leerlingNaam, schoolId, beschikkingsnummer,
                besluitUitkomst, besluitVerzondenOp, indiener, null, ontvangenOp, poststempel, termijnEinde, tijdig,
                verschoonbaar, null, status, doorsturenVoor, doorgestuurdOp, hoorzittingOp, adviesOp,
                adviesUitkomst, beslissenVoor, verdaagdTot, verdaagdOp, null, uitkomst, beslistOp,
                null, beroepIngesteldOp, ingetrokkenOp, version);
    }

    Bezwaar withGronden(String visible) {
        return new Bezwaar(id, besluitId, aanvraagId, leerlingId, leerlingNaam, schoolId, beschikkingsnummer,
                besluitUitkomst, besluitVerzondenOp, indiener, visible, ontvangenOp, poststempel, termijnEinde, tijdig,
                verschoonbaar, verschoonbaarReden, status, doorsturenVoor, doorgestuurdOp, hoorzittingOp, adviesOp,
                adviesUitkomst, beslissenVoor, verdaagdTot, verdaagdOp, verdagingReden, uitkomst, beslistOp,
                beslissingMotivering, beroepIngesteldOp, ingetrokkenOp, version);
    }

    @Override
    public String toString() {
        return "Bezwaar[" + id + ", " + status + "]";
    }
}
