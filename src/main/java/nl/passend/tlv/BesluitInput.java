package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The director's decision on a request: outcome, grounds, the parties' positions, the advice followed. */
public class BesluitInput {

    @NotNull
    private BesluitUitkomst uitkomst;
    @NotBlank
    @Size(max = 10_000)
    private String motivering;
    private UUID gevolgdAdviesId;
    @Size(max = 10_000)
    private String afwijkingMotivering;
    @NotNull
    private Boolean oudersEens;
    @NotNull
    private Boolean verwijzendeSchoolEens;
    private Boolean ontvangendeSchoolEens;
    private Boolean consulentEens;
    private TlvType type;
    private Bekostigingscategorie categorie;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ingangsdatum;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate einddatum;
    private UUID ontvangendeSchoolId;

    public BesluitUitkomst getUitkomst() { return uitkomst; }
    public void setUitkomst(BesluitUitkomst v) { this.uitkomst = v; }
    public String getMotivering() { return motivering; }
    public void setMotivering(String v) { this.motivering = TlvAanvraagInput.blankToNull(v); }
    public UUID getGevolgdAdviesId() { return gevolgdAdviesId; }
    public void setGevolgdAdviesId(UUID v) { this.gevolgdAdviesId = v; }
    public String getAfwijkingMotivering() { return afwijkingMotivering; }
    public void setAfwijkingMotivering(String v) { this.afwijkingMotivering = TlvAanvraagInput.blankToNull(v); }
    public Boolean getOudersEens() { return oudersEens; }
    public void setOudersEens(Boolean v) { this.oudersEens = v; }
    public Boolean getVerwijzendeSchoolEens() { return verwijzendeSchoolEens; }
    public void setVerwijzendeSchoolEens(Boolean v) { this.verwijzendeSchoolEens = v; }
    public Boolean getOntvangendeSchoolEens() { return ontvangendeSchoolEens; }
    public void setOntvangendeSchoolEens(Boolean v) { this.ontvangendeSchoolEens = v; }
    public Boolean getConsulentEens() { return consulentEens; }
    public void setConsulentEens(Boolean v) { this.consulentEens = v; }
    public TlvType getType() { return type; }
    public void setType(TlvType v) { this.type = v; }
    public Bekostigingscategorie getCategorie() { return categorie; }
    public void setCategorie(Bekostigingscategorie v) { this.categorie = v; }
    public LocalDate getIngangsdatum() { return ingangsdatum; }
    public void setIngangsdatum(LocalDate v) { this.ingangsdatum = v; }
    public LocalDate getEinddatum() { return einddatum; }
    public void setEinddatum(LocalDate v) { this.einddatum = v; }
    public UUID getOntvangendeSchoolId() { return ontvangendeSchoolId; }
    public void setOntvangendeSchoolId(UUID v) { this.ontvangendeSchoolId = v; }

    @Override
    public String toString() {
        return "BesluitInput[redacted]";
    }
}
