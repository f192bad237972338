package nl.passend.groeidocument;

import java.time.Instant;
import java.util.UUID;

/** One immutable saved version of an OPP's content, with who saved it and when. Redacts itself. */
public record OppVersie(UUID id, UUID oppId, int nummer, OppInput inhoud, UUID auteurId, String auteurNaam,
                        Instant opgeslagenOp) {

    @Override
    public String toString() {
        return "OppVersie[" + id + ", " + nummer + "]";
    }
}
