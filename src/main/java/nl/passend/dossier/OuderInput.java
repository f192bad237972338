package nl.passend.dossier;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An ouder/verzorger as entered with the pupil. */
public class OuderInput {

    /** Set when this is an existing ouder (keeps a linked account); null for a new one. */
    private java.util.UUID id;
    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotNull
    private OuderRelatie relatie = OuderRelatie.MOEDER;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 40)
    private String telefoon;
    private boolean wettelijkVertegenwoordiger = true;

    public static OuderInput of(Ouder o) {
        OuderInput input = new OuderInput();
        input.id = o.id();
        input.naam = o.naam();
        input.relatie = o.relatie();
        input.email = o.email();
        input.telefoon = o.telefoon();
        input.wettelijkVertegenwoordiger = o.wettelijkVertegenwoordiger();
        return input;
    }

    public java.util.UUID getId() { return id; }
    public void setId(java.util.UUID id) { this.id = id; }
    public String getNaam() { return naam; }
    public void setNaam(String naam) { this.naam = blankToNull(naam); }
    public OuderRelatie getRelatie() { return relatie; }
    public void setRelatie(OuderRelatie relatie) { this.relatie = relatie; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = blankToNull(email); }
    public String getTelefoon() { return telefoon; }
    public void setTelefoon(String telefoon) { this.telefoon = blankToNull(telefoon); }
    public boolean isWettelijkVertegenwoordiger() { return wettelijkVertegenwoordiger; }
    public void setWettelijkVertegenwoordiger(boolean v) { this.wettelijkVertegenwoordiger = v; }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "OuderInput[redacted]";
    }
}
