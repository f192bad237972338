package nl.passend.demo;

import java.util.List;

/**
 * The fixed shape of each demo SWV: its fictional names, gemeenten, werkgebieden and besturen, and how
 * many schools and pupils it has. {@link DemoRegion} fills in the rest from a seeded random source.
 * The shapes follow two real PO SWVs (one large with eight werkgebieden, one smaller with three);
 * every name is invented, and the CBS codes are in the 9xxx range, which no real municipality uses.
 */
record DemoShape(String naam, String administratienummer, String userSuffix, String adres, String bestuurNaam,
        List<GemeenteShape> gemeenten, List<WerkgebiedShape> werkgebieden, List<BestuurShape> besturen,
        int bao, int sbo, List<Integer> soClusters, int pupils) {

    /** A municipality; the {@code cbsCode} is fictional. */
    record GemeenteShape(String naam, String cbsCode) {
    }

    /** A village or town inside a werkgebied, with the index of its gemeente. */
    record Kern(String plaats, int gemeente) {
    }

    /** A werkgebied; {@code weight} is its relative share of the regular schools. */
    record WerkgebiedShape(String naam, int weight, List<Kern> kernen) {
    }

    /**
     * A school board. {@code weight} is its relative share of the regular schools (0 for a board of
     * special schools only); {@code prefix} is how its schools' names start (OBS, CBS, ...).
     */
    record BestuurShape(String naam, String prefix, int weight) {
    }

    /** Shaped like PPO Noord-Kennemerland: 102 schools, ~21,000 pupils, 8 werkgebieden. */
    static final DemoShape KENNEMERDUIN = new DemoShape(
            "Samenwerkingsverband Passend Kennemerduin", "PO2991", ".nk",
            "Helmgrasweg 12, 9991 AB Duinmeer", "Stichting Samenwerkingsverband Passend Kennemerduin",
            List.of(new GemeenteShape("Duinmeer", "9101"), new GemeenteShape("Helmstede", "9102"),
                    new GemeenteShape("Zandwijk", "9103"), new GemeenteShape("Polderveen", "9104")),
            List.of(new WerkgebiedShape("Duinmeer-Noord", 14, List.of(new Kern("Duinmeer", 0))),
                    new WerkgebiedShape("Duinmeer-Zuid", 13, List.of(new Kern("Duinmeer", 0))),
                    new WerkgebiedShape("Duinmeer-West", 12,
                            List.of(new Kern("Duinmeer", 0), new Kern("Meeuwenhoek", 0))),
                    new WerkgebiedShape("Helmstede", 14, List.of(new Kern("Helmstede", 1))),
                    new WerkgebiedShape("Bergerwoud", 10,
                            List.of(new Kern("Bergerwoud", 1), new Kern("Klaverhoek", 1))),
                    new WerkgebiedShape("Zandwijk", 12,
                            List.of(new Kern("Zandwijk", 2), new Kern("Strandhoeve", 2))),
                    new WerkgebiedShape("Polderveen-Noord", 10,
                            List.of(new Kern("Rietsloot", 3), new Kern("Vlietdorp", 3))),
                    new WerkgebiedShape("Polderveen-Zuid", 10,
                            List.of(new Kern("Polderveen", 3), new Kern("Lutjewaard", 3)))),
            List.of(new BestuurShape("Stichting Openbaar Onderwijs Duinmeer", "OBS", 18),
                    new BestuurShape("Stichting Katholiek Onderwijs Kennemerduin", "KBS", 16),
                    new BestuurShape("Vereniging Christelijk Onderwijs Helmstede", "CBS", 12),
                    new BestuurShape("Stichting Primair Onderwijs Zandwijk", "Basisschool", 10),
                    new BestuurShape("Stichting Polderscholen", "Basisschool", 9),
                    new BestuurShape("Stichting Duinpieper Onderwijs", "Basisschool", 7),
                    new BestuurShape("Vereniging Protestants-Christelijk Onderwijs Bergerwoud", "CBS", 5),
                    new BestuurShape("Stichting Montessorionderwijs Duinmeer", "Montessorischool", 3),
                    new BestuurShape("Stichting Vrije School Helmgras", "Vrije School", 2),
                    new BestuurShape("Stichting Daltononderwijs Strandhoeve", "Daltonschool", 2),
                    new BestuurShape("Vereniging Schoolbelang Rietsloot", "Basisschool", 1),
                    new BestuurShape("Stichting Jenaplanonderwijs Klaverhoek", "Jenaplanschool", 1),
                    new BestuurShape("Stichting Speciaal Onderwijs Kennemerduin", "SO", 0)),
            95, 3, List.of(3, 4, 3, 4), 21_000);

    /** Shaped like PO Zaanstreek: 60 schools, ~15,000 pupils; three werkgebieden give a consulent a scope. */
    static final DemoShape ZAANOEVER = new DemoShape(
            "Samenwerkingsverband Zaanoever", "PO2992", ".zd",
            "Zaagmolenkade 3, 9992 CD Molenstad", "Stichting Samenwerkingsverband Zaanoever",
            List.of(new GemeenteShape("Molenstad", "9201"), new GemeenteShape("Oeverland", "9202"),
                    new GemeenteShape("Kreekdam", "9203")),
            List.of(new WerkgebiedShape("Molenstad-Noord", 35,
                            List.of(new Kern("Molenstad", 0), new Kern("Houtzaan", 0))),
                    new WerkgebiedShape("Molenstad-Zuid", 35,
                            List.of(new Kern("Molenstad", 0), new Kern("Krommewerf", 0))),
                    new WerkgebiedShape("Oeverland en Kreekdam", 30,
                            List.of(new Kern("Oeverland", 1), new Kern("Oeverdijk", 1), new Kern("Kreekdam", 2)))),
            List.of(new BestuurShape("Stichting Openbaar Primair Onderwijs Molenstad", "OBS", 30),
                    new BestuurShape("Stichting Katholiek Onderwijs Zaanoever", "KBS", 25),
                    new BestuurShape("Vereniging Christelijk Onderwijs Oeverland", "CBS", 18),
                    new BestuurShape("Stichting Kreekdam Scholen", "Basisschool", 12),
                    new BestuurShape("Stichting Daltonscholen Molenstad", "Daltonschool", 8),
                    new BestuurShape("Stichting Vrije School Zaanoever", "Vrije School", 3),
                    new BestuurShape("Stichting Speciaal Onderwijs Zaanoever", "SO", 0)),
            58, 1, List.of(4), 15_000);

    static final List<DemoShape> ALL = List.of(KENNEMERDUIN, ZAANOEVER);
}
