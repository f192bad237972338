package nl.passend.finance;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The eigen vermogen of a year as entered (form and API); {@code version} is the one last read, null when new. */
public class EigenVermogenInput {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer jaar;
    @NotNull
    @Digits(integer = 12, fraction = 2)
    private BigDecimal bedrag;
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal eigenOndergrens = BigDecimal.ZERO;
    @Size(max = 4000)
    private String bestedingsplan;
    private Integer version;

    public static EigenVermogenInput of(EigenVermogen e) {
        EigenVermogenInput input = new EigenVermogenInput();
        input.setJaar(e.jaar());
        input.setBedrag(e.bedrag());
        input.setEigenOndergrens(e.eigenOndergrens());
        input.setBestedingsplan(e.bestedingsplan());
        input.setVersion(e.version());
        return input;
    }

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public BigDecimal getBedrag() { return bedrag; }
    public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
    public BigDecimal getEigenOndergrens() { return eigenOndergrens; }
    public void setEigenOndergrens(BigDecimal eigenOndergrens) { this.eigenOndergrens = eigenOndergrens; }
    public String getBestedingsplan() { return bestedingsplan; }
    public void setBestedingsplan(String bestedingsplan) { this.bestedingsplan = bestedingsplan; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
