package nl.passend.finance;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A count the controller sets (or overwrites) by hand or from a DUO statement. */
public class BekostigingstellingInput {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate teldatum;
    @NotNull
    private TelSoort soort;
    @NotNull
    private Leeftijdsklasse leeftijdsklasse = Leeftijdsklasse.ALLE;
    @NotNull
    @Min(value = 0, message = "{telling.aantal.negative}")
    @Max(value = 1_000_000, message = "{telling.aantal.tooLarge}")
    private Integer aantal;
    @NotNull
    private BekostigingstellingBron bron = BekostigingstellingBron.HANDMATIG;
    @Size(max = 2000)
    private String toelichting;

    /** Counts that fund an SWV are taken on 1 October or 1 February. */
    @AssertTrue(message = "{telling.teldatum.invalid}")
    public boolean isTeldatumValid() {
        return teldatum == null || BekostigingstellingService.isTeldatum(teldatum);
    }

    public LocalDate getTeldatum() {
        return teldatum;
    }

    public void setTeldatum(LocalDate teldatum) {
        this.teldatum = teldatum;
    }

    public TelSoort getSoort() {
        return soort;
    }

    public void setSoort(TelSoort soort) {
        this.soort = soort;
    }

    public Leeftijdsklasse getLeeftijdsklasse() {
        return leeftijdsklasse;
    }

    public void setLeeftijdsklasse(Leeftijdsklasse leeftijdsklasse) {
        this.leeftijdsklasse = leeftijdsklasse;
    }

    public Integer getAantal() {
        return aantal;
    }

    public void setAantal(Integer aantal) {
        this.aantal = aantal;
    }

    public BekostigingstellingBron getBron() {
        return bron;
    }

    public void setBron(BekostigingstellingBron bron) {
        this.bron = bron;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
