package nl.passend.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.passend.finance.BekostigingstellingImport;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.finance.SubsidieInput;
import nl.passend.finance.SubsidieService;
import nl.passend.finance.TelSoort;
import nl.passend.shared.security.CurrentUser;

/**
 * The inputs of the demo's finances, entered as the {@code controller} would: the amounts Passend
 * ships, fictitious demo amounts for the years the demo needs (marked as such in their source), the
 * bekostigingstellingen (BASIS derived from the leerlingtellingen, S(B)O first derived from the TLV
 * register and then, because the demo register holds only a handful of TLVs, overwritten with a DUO
 * statement at a realistic level) and an earmarked subsidy per year.
 */
final class DemoFinanceInputs {

    /** Says plainly, on every screen that shows an amount's source, that the amount is invented. */
    static final String DEMO_REGELING = "Demobedrag (fictief, niet uit een regeling)";
    private static final String DEMO_VINDPLAATS = "Demogegevens Passend: geen Staatscourant";
    /** Realistic sizes: the SBO and SO amounts one SWV quotes for 2024; lichte and zware ondersteuning invented. */
    private static final int BASISJAAR = 2024;
    private static final Map<NormbedragSoort, String> BEDRAGEN_BASISJAAR = Map.of(
            NormbedragSoort.LICHTE_ONDERSTEUNING, "196.30", NormbedragSoort.ZWARE_ONDERSTEUNING, "518.40",
            NormbedragSoort.SBO, "6634.52", NormbedragSoort.SO_LAAG, "12938.34",
            NormbedragSoort.SO_MIDDEN, "21053.23", NormbedragSoort.SO_HOOG, "31419.53");
    /** Every demo amount rises 3% a year from the base year. */
    static final BigDecimal INDEXATIE = new BigDecimal("3.0000");
    private static final List<NormbedragSoort> SOORTEN = List.of(NormbedragSoort.LICHTE_ONDERSTEUNING,
            NormbedragSoort.ZWARE_ONDERSTEUNING, NormbedragSoort.SBO, NormbedragSoort.SO_LAAG,
            NormbedragSoort.SO_MIDDEN, NormbedragSoort.SO_HOOG, NormbedragSoort.INDEXATIE);
    private static final double SBO_DUO_AANDEEL = 0.95;
    private static final double SO_ONDER_8 = 0.3;

    private final NormbedragService normbedragen;
    private final BekostigingstellingService tellingen;
    private final SubsidieService subsidies;
    private final CurrentUser controller;

    DemoFinanceInputs(NormbedragService normbedragen, BekostigingstellingService tellingen, SubsidieService subsidies,
                      CurrentUser controller) {
        this.normbedragen = normbedragen;
        this.tellingen = tellingen;
        this.subsidies = subsidies;
        this.controller = controller;
    }

    /** Loads the shipped amounts, then adds a demo amount for every kind a year lacks; returns how many were added. */
    int amounts(List<Integer> jaren) {
        int added = normbedragen.loadPublications(controller).toegevoegd().size();
        for (int jaar : jaren) {
            Set<NormbedragSoort> present = new HashSet<>();
            normbedragen.list(controller, jaar).stream().map(Normbedrag::soort).forEach(present::add);
            for (NormbedragSoort soort : SOORTEN) {
                if (!present.contains(soort)) {
                    normbedragen.create(controller, amount(jaar, soort));
                    added++;
                }
            }
        }
        return added;
    }

    private static NormbedragInput amount(int jaar, NormbedragSoort soort) {
        NormbedragInput in = new NormbedragInput();
        in.setJaar(jaar);
        in.setSoort(soort);
        in.setLeeftijdsklasse(Leeftijdsklasse.ALLE);
        in.setWaarde(soort == NormbedragSoort.INDEXATIE ? INDEXATIE : bedrag(soort, jaar));
        in.setStatus(NormbedragStatus.VOORLOPIG);
        in.setBronRegeling(DEMO_REGELING);
        in.setBronVindplaats(DEMO_VINDPLAATS);
        in.setBronDatum(LocalDate.of(jaar - 1, 9, 15));
        in.setToelichting("Fictief bedrag voor de demo: " + BASISJAAR + " plus " + INDEXATIE.stripTrailingZeros()
                .toPlainString() + "% per jaar. Vervang het door het bedrag uit de regeling van " + jaar + ".");
        return in;
    }

    /** The demo amount of a kind in a year: the base year's amount indexed 3% a year, in cents. */
    static BigDecimal bedrag(NormbedragSoort soort, int jaar) {
        BigDecimal factor = BigDecimal.ONE.add(INDEXATIE.movePointLeft(2)).pow(jaar - BASISJAAR);
        return new BigDecimal(BEDRAGEN_BASISJAAR.get(soort)).multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The counts on a teldatum: BASIS from the leerlingtellingen, S(B)O from the TLV register, then the
     * DUO statement: SBO = the pupils of the SWV's SBO schools that live in the region (95%), SO = a
     * participation of {@code soPercentage} of BASIS, split over the categories as is usual in PO.
     * Returns the counts per kind (all ages).
     */
    Map<TelSoort, Integer> counts(LocalDate teldatum, int sboSchoolPupils, double soPercentage) {
        int basis = tellingen.deriveBasis(controller, teldatum).aantal();
        tellingen.deriveVerrekening(controller, teldatum);
        Map<TelSoort, Integer> duo = new EnumMap<>(TelSoort.class);
        duo.put(TelSoort.SBO, (int) Math.round(sboSchoolPupils * SBO_DUO_AANDEEL));
        int so = (int) Math.round(basis * soPercentage / 100);
        int laag = (int) Math.round(so * 0.71);
        int midden = (int) Math.round(so * 0.11);
        duo.put(TelSoort.SO_LAAG, laag);
        duo.put(TelSoort.SO_MIDDEN, midden);
        duo.put(TelSoort.SO_HOOG, so - laag - midden);
        StringBuilder csv = new StringBuilder(String.join(";", BekostigingstellingService.IMPORT_HEADER)).append('\n');
        duo.forEach((soort, aantal) -> {
            int jong = (int) Math.round(aantal * (soort == TelSoort.SBO ? 0.15 : SO_ONDER_8));
            csv.append(line(teldatum, soort, Leeftijdsklasse.ALLE, aantal));
            csv.append(line(teldatum, soort, Leeftijdsklasse.ONDER_8, jong));
            csv.append(line(teldatum, soort, Leeftijdsklasse.VANAF_8, aantal - jong));
        });
        BekostigingstellingImport result = tellingen.importDuo(controller, csv.toString());
        if (!result.fouten().isEmpty()) {
            throw new IllegalStateException("Demo DUO counts refused: " + result.fouten());
        }
        Map<TelSoort, Integer> all = new EnumMap<>(duo);
        all.put(TelSoort.BASIS, basis);
        return all;
    }

    private static String line(LocalDate teldatum, TelSoort soort, Leeftijdsklasse klasse, int aantal) {
        return teldatum + ";" + soort + ";" + klasse + ";" + aantal + "\n";
    }

    /** The municipality's earmarked subsidy for pupils who stay home (thuiszitters), scaled to the SWV. */
    BigDecimal subsidy(int jaar, String gemeente, double schaal) {
        SubsidieInput in = new SubsidieInput();
        in.setJaar(jaar);
        in.setVerstrekker("Gemeente " + gemeente);
        in.setOmschrijving("Onderwijs-zorgarrangementen voor thuiszitters (demo)");
        BigDecimal bedrag = BigDecimal.valueOf(Math.round((80_000 + (jaar % 10) * 2_500) * schaal / 100.0) * 100L)
                .setScale(2, RoundingMode.UNNECESSARY);
        in.setBedrag(bedrag);
        in.setVerantwoording("Verantwoording via de jaarrekening; besteding per kwartaal gemeld aan de gemeente.");
        subsidies.create(controller, in);
        return bedrag;
    }
}
