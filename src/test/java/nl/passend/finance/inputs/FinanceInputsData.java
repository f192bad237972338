package nl.passend.finance.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragCorrectieInput;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.finance.TelSoort;

/** Inputs for the finance input tests: an amount with its source, a correction, a count. */
final class FinanceInputsData {

    private FinanceInputsData() {
    }

    static NormbedragInput amount(int jaar, NormbedragSoort soort, String waarde) {
        NormbedragInput in = new NormbedragInput();
        in.setJaar(jaar);
        in.setSoort(soort);
        in.setLeeftijdsklasse(Leeftijdsklasse.ALLE);
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.VOORLOPIG);
        in.setBronRegeling("Regeling bekostiging WPO en WEC " + jaar);
        in.setBronVindplaats("Stcrt. " + (jaar - 1) + ", 12345, art. 3");
        in.setBronDatum(LocalDate.of(jaar - 1, 9, 1));
        return in;
    }

    static NormbedragCorrectieInput correction(String waarde, String reden) {
        NormbedragCorrectieInput in = new NormbedragCorrectieInput();
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.DEFINITIEF);
        in.setBronRegeling("Regeling bekostiging WPO en WEC, definitieve bedragen");
        in.setBronVindplaats("Stcrt. 2025, 20001, art. 3");
        in.setBronDatum(LocalDate.of(2025, 6, 1));
        in.setReden(reden);
        return in;
    }

    static BekostigingstellingInput count(LocalDate teldatum, TelSoort soort, int aantal) {
        BekostigingstellingInput in = new BekostigingstellingInput();
        in.setTeldatum(teldatum);
        in.setSoort(soort);
        in.setAantal(aantal);
        return in;
    }
}
