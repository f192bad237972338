package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correction of a normbedrag: the new value with its source and the reason. It becomes the next
 * version of the same year, kind and age band; the corrected version stays as evidence.
 */
public class NormbedragCorrectieInput {

    @NotNull
    @DecimalMin(value = "0", message = "{normbedrag.waarde.negative}")
    private BigDecimal waarde;
    @NotNull
    private NormbedragStatus status = NormbedragStatus.DEFINITIEF;
    @NotBlank(message = "{normbedrag.bron.required}")
    @Size(max = 500)
    private String bronRegeling;
    @NotBlank(message = "{normbedrag.bron.required}")
    @Size(max = 500)
    private String bronVindplaats;
    @NotNull(message = "{normbedrag.bron.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate bronDatum;
    @NotBlank(message = "{normbedrag.reden.required}")
    @Size(max = 2000)
    private String reden;

    public static NormbedragCorrectieInput of(Normbedrag n) {
        NormbedragCorrectieInput in = new NormbedragCorrectieInput();
        in.setWaarde(n.waarde());
        in.setStatus(n.status());
        in.setBronRegeling(n.bronRegeling());
        in.setBronVindplaats(n.bronVindplaats());
        in.setBronDatum(n.bronDatum());
        return in;
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

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
