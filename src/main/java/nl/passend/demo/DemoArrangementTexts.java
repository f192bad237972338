package nl.passend.demo;

import java.nio.charset.StandardCharsets;

import nl.passend.groeidocument.GroeidocumentInput;

/**
 * The free texts of the demo's groeidocumenten, OPPs, aanvragen extra ondersteuning and arrangements, in
 * the words an IB, a consulent and parents would use. Fictional and general: they name no pupil,
 * diagnosis or family circumstance.
 */
final class DemoArrangementTexts {

    /** Three kinds of support question the demo's pupils have, in turn. */
    private static final String[][] GROEIDOCUMENT = {
        {"Ik wil beter leren lezen en niet meer zo moe zijn na school.",
            "Wij willen dat ons kind weer met plezier naar school gaat.",
            "Hoe bieden wij de leesinstructie zo aan dat de leerling aansluiting houdt bij de groep?",
            "De logopedist ziet vooruitgang in de mondelinge taal.",
            "Gemotiveerd, sterk in rekenen en in samenwerken; ouders lezen thuis dagelijks voor.",
            "Trage woordherkenning; haakt af bij lange teksten; weinig rust in de groep.",
            "Verlengde instructie in een klein groepje, korte leesopdrachten, visuele ondersteuning.",
            "Handelingsadviezen voor differentiatie in de leesles en tijd voor afstemming met de IB.",
            "Technisch lezen op AVI-niveau E5 aan het einde van dit schooljaar.",
            "Twee periodes extra leestijd in de groep: kleine vooruitgang, de achterstand blijft.",
            "Aanwezig; enkele keren te laat."},
        {"Ik wil dat de andere kinderen me begrijpen en dat ik minder boos word.",
            "Wij zien thuis dezelfde spanning en willen graag samen met school optrekken.",
            "Hoe voorkomen wij escalaties in de groep en op het plein?",
            "De jeugdhulpverlener werkt thuis aan emotieregulatie.",
            "Behulpzaam, creatief, reageert goed op vaste structuur en een vaste begeleider.",
            "Overgangsmomenten en onverwachte veranderingen leiden tot conflicten.",
            "Een voorspelbare dag, een eigen werkplek en een vast moment om te ontladen.",
            "Coaching on the job door een gedragsspecialist en ondersteuning in de pauzes.",
            "Minder dan twee time-outs per week aan het einde van de periode.",
            "Een beloningssysteem en een dagplanning: eerst effect, na de vakantie terugval.",
            "Twee keer een dag geschorst dit schooljaar; verder aanwezig."},
        {"Ik wil rekenen net zo goed kunnen als de anderen.",
            "Wij maken ons zorgen over de overstap naar het voortgezet onderwijs.",
            "Welk aanbod past bij de rekenontwikkeling en hoe houden we het haalbaar in de groep?",
            "Geen zorgpartners betrokken.",
            "Doorzetter, goede taalvaardigheid, leert goed met concreet materiaal.",
            "Faalangst bij toetsen; automatiseren blijft achter.",
            "Handelend rekenen, extra oefentijd en kleine stappen met directe feedback.",
            "Ondersteuning bij het opzetten van een rekenprogramma op maat.",
            "Tafels tot en met 10 geautomatiseerd voor de kerstvakantie.",
            "Remedial teaching twee keer per week: goede resultaten bij tafels, breuken nog moeilijk.",
            "Aanwezig."}};

    static final String GROEIDOCUMENT_AANVULLING = " Aanvulling na de vraag van het samenwerkingsverband: de"
            + " evaluatie van de afgelopen periode is toegevoegd.";

    static final String[] VRAGEN = {
        "De school vraagt ambulante begeleiding en handelingsadvies om de leerling binnen de groep te houden.",
        "De school vraagt inzet van een gedragsspecialist in de klas en coaching van de leerkracht.",
        "De school vraagt een rekenprogramma op maat met begeleiding door een remedial teacher."};

    static final String GROEPSVRAAG = "Zes leerlingen in de combinatiegroep hebben hetzelfde rekenaanbod nodig;"
            + " de school vraagt begeleiding van het groepje en van de leerkracht.";

    static final String INFORMATIE_VRAAG = "Wilt u de resultaten van de laatste periode en het verslag van het"
            + " gesprek met ouders toevoegen aan het groeidocument?";

    static final String INFORMATIE_ANTWOORD = "Het groeidocument is aangevuld met de resultaten en het verslag.";

    static final String MDO_DEELNEMERS = "Ouders, intern begeleider, leerkracht, consulent van het"
            + " samenwerkingsverband";

    static final String MDO_PERSPECTIEVEN = "Kind: wil graag op de eigen school blijven. Ouders: steunen de"
            + " aanvraag. School: de basisondersteuning is benut. Zorgpartner: sluit aan bij de aanpak thuis.";

    static final String MDO_UITKOMST = "Een arrangement voor de rest van het schooljaar, met tussentijdse"
            + " evaluatie met ouders.";

    static final String GRONDEN_TOEGEKEND = "De ondersteuningsbehoefte is in het groeidocument onderbouwd en"
            + " overstijgt de basisondersteuning van de school. Het MDO adviseert eensluidend dit arrangement.";

    static final String GRONDEN_AFGEWEZEN = "De basisondersteuning van de school is nog niet benut: het"
            + " groeidocument laat geen ingezette interventies zien. De consulent denkt mee over de aanpak.";

    static final String GRONDEN_AANGEHOUDEN = "Het onderzoek van de zorgpartner loopt nog; het besluit volgt"
            + " na een nieuw MDO met de uitkomst daarvan.";

    static final String OVERSCHRIJDING = "Het werkgebiedbudget is voor dit jaar benut; de ondersteuning kan niet"
            + " wachten tot het nieuwe begrotingsjaar. Het tekort wordt gedekt uit de reserve werkgebieden.";

    static final String EVALUATIE_DEELNEMERS = "Ouders, leerling, intern begeleider, leerkracht, aanbieder";

    static final String EVALUATIE_VERLENGEN = "Goede vooruitgang, de doelen zijn nog niet bereikt; ouders en school"
            + " willen het arrangement voortzetten tot het einde van het kalenderjaar.";

    static final String EVALUATIE_AFSLUITEN = "De doelen zijn bereikt; de school zet de aanpak voort binnen de"
            + " basisondersteuning.";

    static final String OPP_UITSTROOM = "Praktijkonderwijs of vmbo basisberoepsgerichte leerweg";
    static final String OPP_ONDERBOUWING = "Op basis van de ontwikkeling van de afgelopen drie jaar en het"
            + " capaciteitenonderzoek; de leerling leert het best in een praktische, kleine setting.";
    static final String OPP_ONDERSTEUNING = "Verlengde instructie in een klein groepje, een eigen werkplek en"
            + " ambulante begeleiding vanuit het arrangement.";
    static final String OPP_AFWIJKINGEN = "Voor rekenen en begrijpend lezen een eigen leerlijn (eindniveau 1F);"
            + " vrijstelling van de tweede taal.";
    static final String OPP_VISIE = "Ik wil graag bij mijn vrienden in de klas blijven en vind het fijn als ik"
            + " mijn werk in kleine stukjes krijg.";
    static final String OPP_WEGING = "De wens om in de eigen groep te blijven is meegenomen: de ondersteuning"
            + " vindt zoveel mogelijk in de klas plaats.";
    static final String OPP_HANDELINGSDEEL = "Periode 1: dagelijks 20 minuten leesinstructie in een klein"
            + " groepje (leerkracht); wekelijks begeleiding door de ambulant begeleider; evaluatie met ouders na"
            + " tien weken.";
    static final String OPP_HANDELINGSDEEL_BIJGESTELD = OPP_HANDELINGSDEEL + " Rekenen: handelend rekenen met"
            + " concreet materiaal, twee keer per week met de remedial teacher.";

    static final String ZORGPARTNER_WEIGERING = "Ouders willen het verslag zelf met de jeugdhulpverlener bespreken.";

    static final byte[] VERSLAG_MDO = """
            Verslag multidisciplinair overleg (fictief, demogegevens)

            Aanwezig: ouders, intern begeleider, leerkracht, consulent van het samenwerkingsverband.
            Besproken: het groeidocument, de resultaten van de afgelopen periodes en de ingezette
            ondersteuning. Afspraak: arrangement met ambulante begeleiding en evaluatie met ouders.
            """.getBytes(StandardCharsets.UTF_8);

    static final byte[] HANDELINGSPLAN = """
            Handelingsplan groep (fictief, demogegevens)

            Doelen, aanpak en evaluatiemomenten van de ondersteuning in de groep.
            """.getBytes(StandardCharsets.UTF_8);

    private DemoArrangementTexts() {
    }

    /** The groeidocument of the {@code i}-th pupil, with the addition of a later version when {@code aangevuld}. */
    static GroeidocumentInput groeidocument(int i, boolean aangevuld) {
        String[] t = GROEIDOCUMENT[Math.floorMod(i, GROEIDOCUMENT.length)];
        return new GroeidocumentInput(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8],
                aangevuld ? t[9] + GROEIDOCUMENT_AANVULLING : t[9], t[10]);
    }

    static String vraag(int i) {
        return VRAGEN[Math.floorMod(i, VRAGEN.length)];
    }
}
