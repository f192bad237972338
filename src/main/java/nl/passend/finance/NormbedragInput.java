package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new normbedrag as the controller enters it (or as the shipped publications file holds it). */
public class NormbedragInput {

    @NotNull
    @Min(value = 2014, message = "{normbedrag.jaar.invalid}")
    @Max(value = 2100, message = "{normbedrag.jaar.invalid}")
    private Integer jaar;
    @NotNull
    private NormbedragSoort soort;
    @NotNull
    private Leeftijdsklasse leeftijdsklasse = Leeftijdsklasse.ALLE;
    @NotNull
    @DecimalMin(value = "0", message = "{normbedrag.waarde.negative}")
    private BigDecimal waarde;
    @NotNull
    private NormbedragStatus status = NormbedragStatus.VOORLOPIG;
    @NotBlank(message = "{normbedrag.bron.required}")
    @Size(max = 500)
    private String bronRegeling;
    @NotBlank(message = "{normbedrag.bron.required}")
    @Size(max = 500)
    private String bronVindplaats;
    @NotNull(message = "{normbedrag.bron.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate bronDatum;
    @Size(max = 2000)
    private String toelichting;

    /** An amount is whole cents; the indexation percentage has at most four decimals. */
    @AssertTrue(message = "{normbedrag.waarde.precision}")
    public boolean isWaardePrecise() {
        return waarde == null || soort == null || NormbedragRules.precise(soort, waarde);
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public NormbedragSoort getSoort() {
        return soort;
    }

    public void setSoort(NormbedragSoort soort) {
        this.soort = soort;
    }

    public Leeftijdsklasse getLeeftijdsklasse() {
        return leeftijdsklasse;
    }

    public void setLeeftijdsklasse(Leeftijdsklasse leeftijdsklasse) {
        this.leeftijdsklasse = leeftijdsklasse;
    }

    public BigDecimal getWaarde() {
        return waarde;
    }

    public void setWaarde(BigDecimal waarde) {
        this.waarde = waarde;
    }

    public NormbedragStatus getStatus() {
        return status;
    }

    public void setStatus(NormbedragStatus status) {
        this.status = status;
    }

    public String getBronRegeling() {
        return bronRegeling;
    }

    public void setBronRegeling(String bronRegeling) {
        this.bronRegeling = bronRegeling;
    }

    public String getBronVindplaats() {
        return bronVindplaats;
    }

    public void setBronVindplaats(String bronVindplaats) {
        this.bronVindplaats = bronVindplaats;
    }

    public LocalDate getBronDatum() {
        return bronDatum;
    }

    public void setBronDatum(LocalDate bronDatum) {
        this.bronDatum = bronDatum;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
