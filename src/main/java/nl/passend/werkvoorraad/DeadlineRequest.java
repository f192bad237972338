package nl.passend.werkvoorraad;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.shared.security.Role;

/** What a case module asks to put on a worklist. {@code ownerAccount} may be null (the role within scope owns it). */
public record DeadlineRequest(String soort, String subjectType, UUID subjectId, UUID leerlingId, UUID schoolId,
                              Role ownerRole, UUID ownerAccount, LocalDate startOp, LocalDate vervaltOp) {
}
