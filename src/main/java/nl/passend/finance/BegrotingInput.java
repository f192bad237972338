package nl.passend.finance;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A begroting as the controller starts it: year, name, the vastgesteld model and the indexation. */
public class BegrotingInput {

    @NotNull
    @Min(2014)
    @Max(2097)
    private Integer jaar;
    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotNull
    private UUID verdeelmodelId;
    @NotNull
    @DecimalMin(value = "-99.9999")
    @DecimalMax(value = "99.9999")
    @Digits(integer = 2, fraction = 4)
    private BigDecimal indexatiePercentage = BigDecimal.ZERO;
    private Integer version;

    public static BegrotingInput of(Begroting b) {
        BegrotingInput input = new BegrotingInput();
        input.setJaar(b.jaar());
        input.setNaam(b.naam());
        input.setVerdeelmodelId(b.verdeelmodelId());
        input.setIndexatiePercentage(b.indexatiePercentage());
        input.setVersion(b.version());
        return input;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam == null ? null : naam.trim();
    }

    public UUID getVerdeelmodelId() {
        return verdeelmodelId;
    }

    public void setVerdeelmodelId(UUID verdeelmodelId) {
        this.verdeelmodelId = verdeelmodelId;
    }

    public BigDecimal getIndexatiePercentage() {
        return indexatiePercentage;
    }

    public void setIndexatiePercentage(BigDecimal indexatiePercentage) {
        this.indexatiePercentage = indexatiePercentage;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
