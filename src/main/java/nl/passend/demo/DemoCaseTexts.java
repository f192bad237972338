package nl.passend.demo;

import nl.passend.tlv.Discipline;
import nl.passend.tlv.TlvRoute;
import nl.passend.tlv.TlvType;

/**
 * The free texts of the demo cases, in the words a school, a deskundige and a director would use.
 * Fictional and general: they name no pupil, diagnosis or family circumstance.
 */
final class DemoCaseTexts {

    static final String ZIENSWIJZE_OUDERS = "Ouders herkennen het beeld uit het groeidocument en steunen de aanvraag.";

    static final String AANVULLING_VRAAG = "Wilt u het groeidocument met de evaluatie van het arrangement van dit"
            + " schooljaar toevoegen? Daaruit moet blijken welke ondersteuning is ingezet en met welk resultaat.";

    static final String TOEKENNING = "Het samenwerkingsverband volgt het eensluidende advies van de deskundigen."
            + " De ondersteuningsbehoefte is in het groeidocument onderbouwd en overstijgt wat de school met"
            + " extra ondersteuning kan bieden. Ouders en school zijn het met de aanvraag eens.";

    static final String AFWIJZING = "Het samenwerkingsverband volgt het advies van beide deskundigen: de"
            + " mogelijkheden van de basisschool zijn nog niet benut. Het samenwerkingsverband biedt een"
            + " arrangement aan om de leerling op de eigen school te ondersteunen.";

    static final String AFWIJKING = "Ouders en school vinden een toelaatbaarheidsverklaring nu nodig. Beide"
            + " deskundigen adviseren eerst een arrangement in te zetten; het samenwerkingsverband sluit zich daarbij"
            + " aan en evalueert het arrangement na een half jaar met school en ouders.";

    static final String TERUGPLAATSING = "Uit de herbeoordeling blijkt dat de leerling met een arrangement terug"
            + " kan naar de eigen basisschool; ouders en beide scholen zijn het daarmee eens.";

    private DemoCaseTexts() {
    }

    static String gronden(TlvRoute route, TlvType type) {
        return switch (route) {
            case EMB -> "De leerling heeft een ernstige meervoudige beperking en heeft zorg en onderwijs in één"
                    + " setting nodig, met verpleegkundige ondersteuning die de basisschool niet kan bieden.";
            case VERLENGING -> "De ondersteuningsbehoefte blijft bestaan. Het ontwikkelingsperspectief is bijgesteld;"
                    + " terugplaatsing naar het basisonderwijs is op dit moment niet haalbaar.";
            case TIJDELIJKE_PLAATSING -> "Tijdelijke plaatsing ter observatie, om vast te stellen welke"
                    + " onderwijsomgeving past. Na afloop volgt een evaluatie met ouders en beide scholen.";
            case VOORSCHOOLS -> "Het kind komt van een voorschoolse voorziening. De observaties van de peuterspeelzaal"
                    + " en het consultatiebureau laten zien dat een kleine groep met veel structuur nodig is.";
            default -> type == TlvType.SO
                    ? "Ernstige problemen in gedrag en regulatie. De basisondersteuning en een arrangement van het"
                            + " samenwerkingsverband zijn ingezet en onvoldoende gebleken (zie groeidocument)."
                    : "Grote achterstand in leren en werkhouding ondanks twee jaar extra ondersteuning; de leerling"
                            + " heeft een kleinere groep en meer structuur nodig dan de basisschool kan bieden.";
        };
    }

    static String mdoUitkomst(TlvType type) {
        return "Het MDO (ouders, school en consulent) adviseert plaatsing in het "
                + (type == TlvType.SO ? "speciaal onderwijs." : "speciaal basisonderwijs.");
    }

    static String advies(Discipline discipline, TlvType type, boolean toelaatbaar) {
        if (!toelaatbaar) {
            return "De mogelijkheden van de basisschool zijn nog niet benut. Met een arrangement en begeleiding"
                    + " in de klas kan de leerling zich op de eigen school ontwikkelen.";
        }
        String plek = type == TlvType.SO ? "het speciaal onderwijs" : "het speciaal basisonderwijs";
        return discipline == Discipline.ORTHOPEDAGOOG
                ? "Dossieronderzoek en observatie bevestigen de onderwijsbehoeften uit het groeidocument."
                        + " Deze vragen om de expertise en de kleine groepen van " + plek + "."
                : "Vanuit medisch oogpunt is er geen bezwaar; de ontwikkeling is het meest gebaat bij " + plek + ".";
    }
}
