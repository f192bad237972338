package nl.passend.werkvoorraad;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.shared.security.Role;
import nl.passend.shared.term.DeadlineState;

/**
 * One open step on a user's werkvoorraad: the deadline, the pupil's name, the screen where the step is
 * done and how the step stands today. Holds a pupil's name, so {@link #toString()} is redacted.
 *
 * @param due   the date that counts (the extension if there is one)
 * @param state how {@code due} stands today ({@link DeadlineScan#NEAR_DAYS} days count as near)
 */
public record WorklistItem(UUID id, String soort, String subjectType, UUID subjectId, UUID leerlingId, UUID schoolId,
                           Role ownerRole, UUID ownerAccount, LocalDate startOp, LocalDate vervaltOp,
                           LocalDate verlengdTot, LocalDate due, String leerlingNaam, String link,
                           DeadlineState state) {

    static WorklistItem of(Deadline d, String leerlingNaam, LocalDate today) {
        return new WorklistItem(d.id(), d.soort(), d.subjectType(), d.subjectId(), d.leerlingId(), d.schoolId(),
                d.ownerRole(), d.ownerAccount(), d.startOp(), d.vervaltOp(), d.verlengdTot(), d.due(), leerlingNaam,
                d.link(), DeadlineScan.stateOn(d.due(), today));
    }

    @Override
    public String toString() {
        return "WorklistItem[" + id + ", " + soort + ", " + state + "]";
    }
}
