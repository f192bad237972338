package nl.passend.finance;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.passend.finance.calc.Prognose;

/**
 * The forecast counts of a begroting: one row per year and kind. A row without a count is left out
 * (no forecast for that kind and year).
 */
public class BegrotingPrognoseInput {

    @Valid
    private List<Regel> regels = new ArrayList<>();
    private Integer version;

    /** A grid of every year and kind of the begroting, filled from what it holds. */
    public static BegrotingPrognoseInput of(Begroting b) {
        BegrotingPrognoseInput input = new BegrotingPrognoseInput();
        for (int jaar : b.jaren()) {
            for (TelSoort soort : TelSoort.values()) {
                Regel regel = new Regel();
                regel.setJaar(jaar);
                regel.setSoort(soort);
                b.prognoses().stream().filter(p -> p.jaar() == jaar && p.soort() == soort).findFirst()
                        .ifPresent(p -> regel.setAantal(p.aantal()));
                input.regels.add(regel);
            }
        }
        input.setVersion(b.version());
        return input;
    }

    List<Prognose> prognoses() {
        return regels.stream().filter(r -> r.getAantal() != null)
                .map(r -> new Prognose(r.getJaar(), r.getSoort(), r.getAantal())).toList();
    }

    public List<Regel> getRegels() {
        return regels;
    }

    public void setRegels(List<Regel> regels) {
        this.regels = regels;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** One forecast count. */
    public static class Regel {
        @NotNull
        private Integer jaar;
        @NotNull
        private TelSoort soort;
        @Min(0)
        private Integer aantal;

        public Integer getJaar() {
            return jaar;
        }

        public void setJaar(Integer jaar) {
            this.jaar = jaar;
        }

        public TelSoort getSoort() {
            return soort;
        }

        public void setSoort(TelSoort soort) {
            this.soort = soort;
        }

        public Integer getAantal() {
            return aantal;
        }

        public void setAantal(Integer aantal) {
            this.aantal = aantal;
        }
    }
}
