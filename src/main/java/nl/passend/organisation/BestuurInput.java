package nl.passend.organisation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a beheerder enters for a schoolbestuur. */
public class BestuurInput {

    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotBlank
    @Pattern(regexp = RegisterCodes.BEVOEGD_GEZAG_NUMMER, message = "{bestuur.bevoegdGezagNummer.invalid}")
    private String bevoegdGezagNummer;
    private String iban;
    private Integer version;

    public static BestuurInput of(Bestuur b) {
        BestuurInput input = new BestuurInput();
        input.setNaam(b.naam());
        input.setBevoegdGezagNummer(b.bevoegdGezagNummer());
        input.setIban(b.iban());
        input.setVersion(b.version());
        return input;
    }

    /** An IBAN is optional; when given it must pass the ISO 13616 check. */
    @AssertTrue(message = "{bestuur.iban.invalid}")
    public boolean isIbanValid() {
        return iban == null || RegisterCodes.isValidIban(iban);
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = RegisterCodes.trimToNull(naam);
    }

    public String getBevoegdGezagNummer() {
        return bevoegdGezagNummer;
    }

    public void setBevoegdGezagNummer(String bevoegdGezagNummer) {
        this.bevoegdGezagNummer = RegisterCodes.trimToNull(RegisterCodes.compact(bevoegdGezagNummer));
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = RegisterCodes.trimToNull(RegisterCodes.compact(iban));
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
