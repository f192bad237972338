package nl.passend.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new SWV as the platform beheerder enters it; {@code PO 24-01} is read as {@code PO2401}. */
public class SwvInput {

    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotBlank
    @Pattern(regexp = RegisterCodes.ADMINISTRATIENUMMER, message = "{swv.administratienummer.invalid}")
    private String administratienummer;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = RegisterCodes.trimToNull(naam);
    }

    public String getAdministratienummer() {
        return administratienummer;
    }

    public void setAdministratienummer(String administratienummer) {
        this.administratienummer = RegisterCodes.trimToNull(RegisterCodes.administratienummer(administratienummer));
    }
}
