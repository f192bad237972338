package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A provider invoice as entered (form and API). A credit invoice has a negative amount. */
public class FactuurInput {

    @NotBlank
    @Size(max = 40)
    private String beschikkingsnummer;
    @NotBlank
    @Size(max = 200)
    private String aanbieder;
    @NotBlank
    @Size(max = 60)
    private String factuurnummer;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate factuurdatum;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodeVan;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodeTot;
    @NotNull
    @Digits(integer = 12, fraction = 2)
    private BigDecimal bedrag;
    @Size(max = 500)
    private String omschrijving;

    public String getBeschikkingsnummer() { return beschikkingsnummer; }
    public void setBeschikkingsnummer(String beschikkingsnummer) { this.beschikkingsnummer = beschikkingsnummer; }
    public String getAanbieder() { return aanbieder; }
    public void setAanbieder(String aanbieder) { this.aanbieder = aanbieder; }
    public String getFactuurnummer() { return factuurnummer; }
    public void setFactuurnummer(String factuurnummer) { this.factuurnummer = factuurnummer; }
    public LocalDate getFactuurdatum() { return factuurdatum; }
    public void setFactuurdatum(LocalDate factuurdatum) { this.factuurdatum = factuurdatum; }
    public LocalDate getPeriodeVan() { return periodeVan; }
    public void setPeriodeVan(LocalDate periodeVan) { this.periodeVan = periodeVan; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public void setPeriodeTot(LocalDate periodeTot) { this.periodeTot = periodeTot; }
    public BigDecimal getBedrag() { return bedrag; }
    public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
}
