package nl.passend.arrangement;

import java.util.UUID;

/**
 * What a school files as an aanvraag extra ondersteuning: for one pupil ({@code leerlingId}) or for a
 * group ({@code groep} description and {@code aantal} pupils, no pupil), the route, the support question
 * and the groeidocument version it rests on (optional for a group).
 */
public record AanvraagInput(UUID schoolId, UUID leerlingId, String groep, Integer aantal, OndersteuningsRoute route,
                            String vraag, UUID groeidocumentVersieId) {

    @Override
    public String toString() {
        return "AanvraagInput[schoolId=" + schoolId + ", route=" + route + "]";
    }
}
