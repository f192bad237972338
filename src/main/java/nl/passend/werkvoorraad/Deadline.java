package nl.passend.werkvoorraad;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.shared.security.Role;
import nl.passend.shared.term.DeadlineState;

/**
 * An open (or closed) step of a case: what must happen ({@code soort}), for which case, who owns it
 * (a role within scope, or one account), since when and by when, with an extension if granted.
 */
public record Deadline(UUID id, String soort, String subjectType, UUID subjectId, UUID leerlingId, UUID schoolId,
                       Role ownerRole, UUID ownerAccount, LocalDate startOp, LocalDate vervaltOp, LocalDate verlengdTot,
                       String verlengingReden, DeadlineState signaal, boolean gesloten) {

    /** The date that counts: the extension if there is one. */
    public LocalDate due() {
        return verlengdTot != null ? verlengdTot : vervaltOp;
    }

    /** The screen of the case this step belongs to, from {@link #subjectType()}; {@code /} for an unknown type. */
    public String link() {
        return switch (subjectType) {
            case "tlv-aanvraag" -> "/tlv/aanvragen/" + subjectId;
            case "tlv" -> "/tlv/register/" + subjectId;
            case "bezwaar" -> "/bezwaren/" + subjectId;
            case "opp" -> "/leerlingen/" + leerlingId + "/opp";
            case "ondersteuningsaanvraag" -> "/aanvragen/" + subjectId;
            case "arrangement-evaluatie" -> "/arrangementen/evaluatiemoment/" + subjectId;
            default -> "/";
        };
    }
}
