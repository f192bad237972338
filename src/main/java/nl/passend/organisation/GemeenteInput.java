package nl.passend.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a beheerder enters for a gemeente; {@code GM0361} and {@code 0361} are both accepted. */
public class GemeenteInput {

    @NotBlank
    @Size(max = 100)
    private String naam;
    @NotBlank
    @Pattern(regexp = RegisterCodes.CBS_CODE, message = "{gemeente.cbsCode.invalid}")
    private String cbsCode;
    private Integer version;

    public static GemeenteInput of(Gemeente g) {
        GemeenteInput input = new GemeenteInput();
        input.setNaam(g.naam());
        input.setCbsCode(g.cbsCode());
        input.setVersion(g.version());
        return input;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = RegisterCodes.trimToNull(naam);
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = RegisterCodes.trimToNull(RegisterCodes.cbsCode(cbsCode));
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
