package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a school enters to request a TLV (form and API). Health details: never logged. */
public class TlvAanvraagInput {

    @NotNull
    private UUID leerlingId;
    @NotNull
    private UUID schoolId;
    private UUID ontvangendeSchoolId;
    @NotNull
    private TlvRoute route = TlvRoute.STANDAARD;
    @NotNull
    private TlvType gevraagdType;
    private Bekostigingscategorie gevraagdeCategorie;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate gevraagdeIngangsdatum;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate gevraagdeEinddatum;
    @NotBlank
    @Size(max = 10_000)
    private String gronden;
    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate mdoDatum;
    @NotBlank
    @Size(max = 10_000)
    private String mdoUitkomst;
    @Size(max = 10_000)
    private String zienswijzeOuders;
    @NotNull
    private Boolean oudersAkkoord;
    @Size(max = 10_000)
    private String redenZonderInstemming;
    private UUID vorigeTlvId;

    public UUID getLeerlingId() { return leerlingId; }
    public void setLeerlingId(UUID v) { this.leerlingId = v; }
    public UUID getSchoolId() { return schoolId; }
    public void setSchoolId(UUID v) { this.schoolId = v; }
    public UUID getOntvangendeSchoolId() { return ontvangendeSchoolId; }
    public void setOntvangendeSchoolId(UUID v) { this.ontvangendeSchoolId = v; }
    public TlvRoute getRoute() { return route; }
    public void setRoute(TlvRoute v) { this.route = v; }
    public TlvType getGevraagdType() { return gevraagdType; }
    public void setGevraagdType(TlvType v) { this.gevraagdType = v; }
    public Bekostigingscategorie getGevraagdeCategorie() { return gevraagdeCategorie; }
    public void setGevraagdeCategorie(Bekostigingscategorie v) { this.gevraagdeCategorie = v; }
    public LocalDate getGevraagdeIngangsdatum() { return gevraagdeIngangsdatum; }
    public void setGevraagdeIngangsdatum(LocalDate v) { this.gevraagdeIngangsdatum = v; }
    public LocalDate getGevraagdeEinddatum() { return gevraagdeEinddatum; }
    public void setGevraagdeEinddatum(LocalDate v) { this.gevraagdeEinddatum = v; }
    public String getGronden() { return gronden; }
    public void setGronden(String v) { this.gronden = blankToNull(v); }
    public LocalDate getMdoDatum() { return mdoDatum; }
    public void setMdoDatum(LocalDate v) { this.mdoDatum = v; }
    public String getMdoUitkomst() { return mdoUitkomst; }
    public void setMdoUitkomst(String v) { this.mdoUitkomst = blankToNull(v); }
    public String getZienswijzeOuders() { return zienswijzeOuders; }
    public void setZienswijzeOuders(String v) { this.zienswijzeOuders = blankToNull(v); }
    public Boolean getOudersAkkoord() { return oudersAkkoord; }
    public void setOudersAkkoord(Boolean v) { this.oudersAkkoord = v; }
    public String getRedenZonderInstemming() { return redenZonderInstemming; }
    public void setRedenZonderInstemming(String v) { this.redenZonderInstemming = blankToNull(v); }
    public UUID getVorigeTlvId() { return vorigeTlvId; }
    public void setVorigeTlvId(UUID v) { this.vorigeTlvId = v; }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "TlvAanvraagInput[redacted]";
    }
}
