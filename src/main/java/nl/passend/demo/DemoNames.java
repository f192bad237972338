package nl.passend.demo;

import java.util.List;

/**
 * Invented names for demo schools, streets and people. School names combine a board's prefix
 * (OBS, CBS, ...) with a name from these lists, so the combination does not point at a real school.
 */
final class DemoNames {

    static final List<String> BAO = List.of(
            "De Zeester", "De Duinroos", "Het Helmgras", "De Strandloper", "De Vuurtoren", "De Schelp",
            "Het Zandkasteel", "De Meeuw", "De Golfslag", "De Windroos", "Het Kompas", "De Vlieger",
            "De Regenboog", "De Zonnewijzer", "De Wilgenhoek", "Het Rietveld", "De Polderhoeve",
            "De Molenwiek", "De Sterrenkijker", "Het Anker", "De Kikkerpoel", "De Boomgaard", "De Bijenkorf",
            "De Notenkraker", "De Tovertuin", "De Kleine Prins", "Het Palet", "De Ontdekking",
            "De Springplank", "De Wegwijzer", "De Brug", "De Vijverhof", "De Lindeboom", "De Eikenhorst",
            "Het Beukenhof", "De Kastanje", "De Vlinderhof", "De Zwaluw", "De Reiger", "De Kievit",
            "De IJsvogel", "De Grutto", "De Tureluur", "De Scholekster", "Het Duinkonijn", "De Wielewaal",
            "De Ooievaar", "De Vossenhoek", "Het Egelnest", "De Dolfijn", "De Zeehond", "De Parel",
            "De Fontein", "De Waterlelie", "De Dijkwacht", "De Sluiswachter", "De Kade", "De Werf",
            "De Zaagmolen", "Het Lichtschip", "De Stuurman", "De Horizon", "De Poolster", "De Morgenster",
            "Het Zonnelied", "De Klaproos", "De Zandloper", "Het Kraaiennest", "De Wadloper", "Het Fluitenkruid");

    static final List<String> SBO = List.of("De Wissel", "Het Startpunt", "De Overstap", "De Sprong");

    static final List<String> SO_CLUSTER_3 = List.of("De Zeeklaver", "Het Baken", "De Helmhoek");

    static final List<String> SO_CLUSTER_4 = List.of("De Kering", "De Vuurbaak", "De Meerpaal");

    static final List<String> STREETS = List.of(
            "Duinroosstraat", "Helmgrasweg", "Zeereep", "Strandweg", "Schoolstraat", "Kerkplein",
            "Dorpsstraat", "Molenweg", "Lindenlaan", "Beukenlaan", "Eikenlaan", "Vlietkade", "Dijkweg",
            "Polderweg", "Rietlaan", "Meeuwenlaan", "Kievitstraat", "Reigerstraat", "Zwanenbloem",
            "Klaverweg", "Lisdodde", "Sluisweg", "Havenkade", "Werfstraat", "Zaagmolenpad", "Parkweg",
            "Brink", "Voorstraat", "Achterweg", "Nieuwe Weg");

    private DemoNames() {
    }
}
