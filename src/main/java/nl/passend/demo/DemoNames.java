package nl.passend.demo;

import java.util.List;

/**
 * Invented names for demo schools, streets and people. School names combine a board's prefix
 * (OBS, CBS, ...) with a name from these lists, so the combination does not point at a real school;
 * pupils and parents combine common Dutch given names and surnames drawn at random, so no
 * combination points at a real family.
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

    /** Given names of boys and girls born in the last twelve years (common in Dutch birth registers). */
    static final List<String> BOYS = List.of(
            "Sem", "Noah", "Liam", "Luca", "Daan", "Finn", "Levi", "Milan", "Bram", "Jesse", "Thijs", "Lucas",
            "Mees", "Sam", "Julian", "Adam", "Siem", "Jens", "Ravi", "Mohammed", "Ayoub", "Stijn", "Tijn", "Gijs",
            "Teun", "Ruben", "Hugo", "Boaz", "Owen", "Yusuf");

    static final List<String> GIRLS = List.of(
            "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva", "Saar", "Lotte",
            "Liv", "Noor", "Fenna", "Evi", "Lina", "Anna", "Roos", "Isa", "Fleur", "Nina", "Amira", "Lieke", "Sanne",
            "Maud", "Femke", "Hanna", "Elif", "Jasmijn");

    /** Second given names, as many Dutch children have one. */
    static final List<String> BOYS_SECOND = List.of(
            "Johannes", "Pieter", "Willem", "Jacobus", "Hendrik", "Cornelis", "Maarten", "Adriaan", "Jan", "Karel");

    static final List<String> GIRLS_SECOND = List.of(
            "Maria", "Johanna", "Elisabeth", "Catharina", "Wilhelmina", "Anna", "Sofie", "Geertruida", "Louise",
            "Fenne");

    /** Given names of parents. */
    static final List<String> WOMEN = List.of(
            "Anouk", "Marieke", "Linda", "Esther", "Iris", "Kim", "Laura", "Manon", "Naomi", "Petra", "Sabine",
            "Wendy", "Yvonne", "Fatima", "Merel", "Judith", "Chantal", "Ingrid");

    static final List<String> MEN = List.of(
            "Jeroen", "Mark", "Bas", "Dennis", "Erik", "Joost", "Kevin", "Martijn", "Niels", "Paul", "Rob", "Sander",
            "Tom", "Vincent", "Wouter", "Youssef", "Michiel", "Ruud");

    /** Surnames; the lower-case words in front are the voorvoegsel ("van den", "de"). */
    static final List<String> SURNAMES = List.of(
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
            "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten",
            "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
            "Prins", "Blom", "Huisman", "de Lange", "Kuipers", "Yilmaz", "El Amrani", "Kaya", "Nguyen", "Pinas");

    private DemoNames() {
    }
}
