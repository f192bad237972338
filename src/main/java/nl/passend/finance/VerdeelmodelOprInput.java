package nl.passend.finance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ondersteuningsplanraad's consent to a verdeelmodel (WPO art. 14a): the date of its decision
 * and the kenmerk of its letter or minutes. {@code version} is the model version the director saw.
 */
public class VerdeelmodelOprInput {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;
    @NotBlank
    @Size(max = 200)
    private String kenmerk;
    private Integer version;

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getKenmerk() {
        return kenmerk;
    }

    public void setKenmerk(String kenmerk) {
        this.kenmerk = kenmerk == null ? null : kenmerk.trim();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
