package nl.passend.finance;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A geoormerkte subsidie as the controller enters or changes it; {@code version} for a change. */
public class SubsidieInput {

    @NotNull
    @Min(value = 2014, message = "{normbedrag.jaar.invalid}")
    @Max(value = 2100, message = "{normbedrag.jaar.invalid}")
    private Integer jaar;
    @NotBlank
    @Size(max = 200)
    private String verstrekker;
    @NotBlank
    @Size(max = 500)
    private String omschrijving;
    @NotNull
    @DecimalMin(value = "0", message = "{subsidie.bedrag.negative}")
    private BigDecimal bedrag;
    @Size(max = 2000)
    private String verantwoording;
    private Integer version;

    @AssertTrue(message = "{subsidie.bedrag.precision}")
    public boolean isBedragPrecise() {
        return bedrag == null || bedrag.stripTrailingZeros().scale() <= 2;
    }

    public static SubsidieInput of(SubsidieToekenning s) {
        SubsidieInput in = new SubsidieInput();
        in.setJaar(s.jaar());
        in.setVerstrekker(s.verstrekker());
        in.setOmschrijving(s.omschrijving());
        in.setBedrag(s.bedrag());
        in.setVerantwoording(s.verantwoording());
        in.setVersion(s.version());
        return in;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public String getVerstrekker() {
        return verstrekker;
    }

    public void setVerstrekker(String verstrekker) {
        this.verstrekker = verstrekker;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public void setBedrag(BigDecimal bedrag) {
        this.bedrag = bedrag;
    }

    public String getVerantwoording() {
        return verantwoording;
    }

    public void setVerantwoording(String verantwoording) {
        this.verantwoording = verantwoording;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
