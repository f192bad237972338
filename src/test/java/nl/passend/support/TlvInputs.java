package nl.passend.support;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.organisation.School;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitUitkomst;
import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvType;

/**
 * What the cases of every {@link TlvWorld} share: a standard request the parents agree to, a positive
 * advice and a grant that follows it.
 */
final class TlvInputs {

    private TlvInputs() {
    }

    /** A standard request for the type and period; the caller adds grounds and the MDO. */
    static TlvAanvraagInput request(Leerling leerling, School from, School to, TlvType type, LocalDate start,
                                    LocalDate end) {
        TlvAanvraagInput in = new TlvAanvraagInput();
        in.setLeerlingId(leerling.id());
        in.setSchoolId(from.id());
        in.setOntvangendeSchoolId(to.id());
        in.setRoute(TlvRoute.STANDAARD);
        in.setGevraagdType(type);
        in.setGevraagdeIngangsdatum(start);
        in.setGevraagdeEinddatum(end);
        in.setOudersAkkoord(true);
        return in;
    }

    static AdviesInput toelaatbaar(Discipline discipline, TlvType type) {
        AdviesInput in = new AdviesInput();
        in.setDiscipline(discipline);
        in.setToelaatbaar(true);
        in.setType(type);
        in.setMotivering("Onderwijsbehoeften vragen om een kleine groep en specialistische begeleiding.");
        return in;
    }

    /** A grant for the type and period that follows the given advice, with all parties agreeing. */
    static BesluitInput grant(UUID followedAdvice, TlvType type, LocalDate start, LocalDate end) {
        BesluitInput in = new BesluitInput();
        in.setUitkomst(BesluitUitkomst.TOEGEKEND);
        in.setType(type);
        in.setIngangsdatum(start);
        in.setEinddatum(end);
        in.setMotivering("De deskundigen adviseren eensluidend; school en ouders zijn het eens.");
        in.setGevolgdAdviesId(followedAdvice);
        in.setOudersEens(true);
        in.setVerwijzendeSchoolEens(true);
        in.setOntvangendeSchoolEens(true);
        in.setConsulentEens(true);
        return in;
    }
}
