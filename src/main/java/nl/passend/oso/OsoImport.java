package nl.passend.oso;

import java.util.UUID;

/**
 * The outcome of confirming an OSO dossier: the pupil created or updated, the groeidocument version and
 * concept aanvraag (null when the user may not make them), how many attachments and consent records were
 * stored, and whether this document had been imported before (then nothing new was created).
 */
public record OsoImport(UUID id, UUID leerlingId, boolean leerlingNieuw, UUID groeidocumentVersieId, UUID aanvraagId,
                        int bijlagen, int toestemmingen, boolean alreadyImported) {
}
