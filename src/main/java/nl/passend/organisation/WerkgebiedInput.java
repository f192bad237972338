package nl.passend.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a beheerder enters for a werkgebied (screen and API alike). */
public class WerkgebiedInput {

    @NotBlank
    @Size(max = 100)
    private String naam;
    private Integer version;

    public static WerkgebiedInput of(Werkgebied w) {
        WerkgebiedInput input = new WerkgebiedInput();
        input.setNaam(w.naam());
        input.setVersion(w.version());
        return input;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = RegisterCodes.trimToNull(naam);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
