package nl.passend.tlv;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a deskundige records as advice. */
public class AdviesInput {

    @NotNull
    private Discipline discipline;
    @NotNull
    private Boolean toelaatbaar;
    private TlvType type;
    private Bekostigingscategorie categorie;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ingangsdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate einddatum;
    @NotBlank
    @Size(max = 10_000)
    private String motivering;

    public Discipline getDiscipline() { return discipline; }
    public void setDiscipline(Discipline v) { this.discipline = v; }
    public Boolean getToelaatbaar() { return toelaatbaar; }
    public void setToelaatbaar(Boolean v) { this.toelaatbaar = v; }
    public TlvType getType() { return type; }
    public void setType(TlvType v) { this.type = v; }
    public Bekostigingscategorie getCategorie() { return categorie; }
    public void setCategorie(Bekostigingscategorie v) { this.categorie = v; }
    public LocalDate getIngangsdatum() { return ingangsdatum; }
    public void setIngangsdatum(LocalDate v) { this.ingangsdatum = v; }
    public LocalDate getEinddatum() { return einddatum; }
    public void setEinddatum(LocalDate v) { this.einddatum = v; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String v) { this.motivering = TlvAanvraagInput.blankToNull(v); }

    @Override
    public String toString() {
        return "AdviesInput[redacted]";
    }
}
