package nl.passend.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A pupil as entered by a school or the SWV (form and API). No BSN field exists, by design. */
public class LeerlingInput {

    @NotBlank
    @Size(max = 200)
    private String voornamen;
    @Size(max = 100)
    private String roepnaam;
    @Size(max = 30)
    private String voorvoegsel;
    @NotBlank
    @Size(max = 200)
    private String achternaam;
    @NotNull
    @Past
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate geboortedatum;
    @NotNull
    private Geslacht geslacht;
    @NotNull
    private UUID schoolId;
    @Size(max = 20)
    private String groep;
    @NotNull
    private Woonachtig woonachtig = Woonachtig.SWV;
    private boolean emb;
    private List<@Valid OuderInput> ouders = new ArrayList<>();
    private Integer version;

    public static LeerlingInput of(Leerling l) {
        LeerlingInput input = new LeerlingInput();
        input.voornamen = l.voornamen();
        input.roepnaam = l.roepnaam();
        input.voorvoegsel = l.voorvoegsel();
        input.achternaam = l.achternaam();
        input.geboortedatum = l.geboortedatum();
        input.geslacht = l.geslacht();
        input.schoolId = l.schoolId();
        input.groep = l.groep();
        input.woonachtig = l.woonachtig();
        input.emb = l.emb();
        input.ouders = new ArrayList<>(l.ouders().stream().map(OuderInput::of).toList());
        input.version = l.version();
        return input;
    }

    public String getVoornamen() { return voornamen; }
    public void setVoornamen(String v) { this.voornamen = OuderInput.blankToNull(v); }
    public String getRoepnaam() { return roepnaam; }
    public void setRoepnaam(String v) { this.roepnaam = OuderInput.blankToNull(v); }
    public String getVoorvoegsel() { return voorvoegsel; }
    public void setVoorvoegsel(String v) { this.voorvoegsel = OuderInput.blankToNull(v); }
    public String getAchternaam() { return achternaam; }
    public void setAchternaam(String v) { this.achternaam = OuderInput.blankToNull(v); }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public void setGeboortedatum(LocalDate v) { this.geboortedatum = v; }
    public Geslacht getGeslacht() { return geslacht; }
    public void setGeslacht(Geslacht v) { this.geslacht = v; }
    public UUID getSchoolId() { return schoolId; }
    public void setSchoolId(UUID v) { this.schoolId = v; }
    public String getGroep() { return groep; }
    public void setGroep(String v) { this.groep = OuderInput.blankToNull(v); }
    public Woonachtig getWoonachtig() { return woonachtig; }
    public void setWoonachtig(Woonachtig v) { this.woonachtig = v; }
    public boolean isEmb() { return emb; }
    public void setEmb(boolean v) { this.emb = v; }
    public List<OuderInput> getOuders() { return ouders; }
    public void setOuders(List<OuderInput> v) { this.ouders = v == null ? new ArrayList<>() : v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { this.version = v; }

    @Override
    public String toString() {
        return "LeerlingInput[redacted]";
    }
}
