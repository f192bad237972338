package nl.passend.finance;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a controller enters for a concept verdeelmodel: its year, name, teldatum and start date. */
public class VerdeelmodelInput {

    @NotNull
    @Min(2014)
    @Max(2100)
    private Integer jaar;
    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate teldatum;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate geldigVanaf;
    private Integer version;

    public static VerdeelmodelInput of(Verdeelmodel m) {
        VerdeelmodelInput input = new VerdeelmodelInput();
        input.setJaar(m.jaar());
        input.setNaam(m.naam());
        input.setTeldatum(m.teldatum());
        input.setGeldigVanaf(m.geldigVanaf());
        input.setVersion(m.version());
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

    public LocalDate getTeldatum() {
        return teldatum;
    }

    public void setTeldatum(LocalDate teldatum) {
        this.teldatum = teldatum;
    }

    public LocalDate getGeldigVanaf() {
        return geldigVanaf;
    }

    public void setGeldigVanaf(LocalDate geldigVanaf) {
        this.geldigVanaf = geldigVanaf;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
