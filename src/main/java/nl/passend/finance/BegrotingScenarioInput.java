package nl.passend.finance;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A scenario variant: e.g. SO-deelname +0,2 = {@code soDeelnameDelta} 0.2 (percentage points of
 * BASIS that move to SO). All changes default to 0.
 */
public class BegrotingScenarioInput {

    @NotBlank
    @Size(max = 100)
    private String naam;
    @NotNull
    @DecimalMin("-100")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    private BigDecimal soDeelnameDelta = BigDecimal.ZERO;
    @NotNull
    @DecimalMin("-100")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    private BigDecimal sboDeelnameDelta = BigDecimal.ZERO;
    @NotNull
    @DecimalMin("-100")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    private BigDecimal leerlingenDeltaPct = BigDecimal.ZERO;
    @NotNull
    @DecimalMin("-100")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    private BigDecimal indexatieDelta = BigDecimal.ZERO;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam == null ? null : naam.trim();
    }

    public BigDecimal getSoDeelnameDelta() {
        return soDeelnameDelta;
    }

    public void setSoDeelnameDelta(BigDecimal soDeelnameDelta) {
        this.soDeelnameDelta = soDeelnameDelta;
    }

    public BigDecimal getSboDeelnameDelta() {
        return sboDeelnameDelta;
    }

    public void setSboDeelnameDelta(BigDecimal sboDeelnameDelta) {
        this.sboDeelnameDelta = sboDeelnameDelta;
    }

    public BigDecimal getLeerlingenDeltaPct() {
        return leerlingenDeltaPct;
    }

    public void setLeerlingenDeltaPct(BigDecimal leerlingenDeltaPct) {
        this.leerlingenDeltaPct = leerlingenDeltaPct;
    }

    public BigDecimal getIndexatieDelta() {
        return indexatieDelta;
    }

    public void setIndexatieDelta(BigDecimal indexatieDelta) {
        this.indexatieDelta = indexatieDelta;
    }
}
