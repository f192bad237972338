package nl.passend.arrangement;

import java.util.Optional;
import java.util.UUID;

import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The aanvraag's link to the groeidocument module: the aanvraag holds the id of one immutable version;
 * that version must be of the aanvraag's pupil (a group aanvraag has none).
 */
@Component
class GroeidocumentLink {

    private final GroeidocumentService groeidocumenten;

    GroeidocumentLink(GroeidocumentService groeidocumenten) {
        this.groeidocumenten = groeidocumenten;
    }

    void requireVersionOf(CurrentUser user, UUID versieId, UUID leerlingId) {
        if (leerlingId == null) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-groeidocument-for-pupil-only");
        }
        GroeidocumentVersie versie;
        try {
            versie = groeidocumenten.version(user, versieId);
        } catch (PassendException.NotFound e) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-groeidocument-other-pupil");
        }
        if (!leerlingId.equals(versie.leerlingId())) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-groeidocument-other-pupil");
        }
    }

    /** The pupil's current groeidocument version, if there is one. */
    Optional<UUID> current(CurrentUser user, UUID leerlingId) {
        return groeidocumenten.current(user, leerlingId).map(GroeidocumentVersie::id);
    }
}
