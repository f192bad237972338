package nl.passend.organisation;

import jakarta.validation.constraints.Size;

/** What the beheerder may change about the own SWV. */
public class SwvDetailsInput {

    @Size(max = 300)
    private String adres;
    @Size(max = 200)
    private String directeurNaam;
    @Size(max = 200)
    private String bestuurNaam;
    private Integer version;

    public static SwvDetailsInput of(SwvDetails details) {
        SwvDetailsInput input = new SwvDetailsInput();
        input.setAdres(details.adres());
        input.setDirecteurNaam(details.directeurNaam());
        input.setBestuurNaam(details.bestuurNaam());
        input.setVersion(details.version());
        return input;
    }

    public String getAdres() {
        return adres;
    }

    public void setAdres(String adres) {
        this.adres = RegisterCodes.trimToNull(adres);
    }

    public String getDirecteurNaam() {
        return directeurNaam;
    }

    public void setDirecteurNaam(String directeurNaam) {
        this.directeurNaam = RegisterCodes.trimToNull(directeurNaam);
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public void setBestuurNaam(String bestuurNaam) {
        this.bestuurNaam = RegisterCodes.trimToNull(bestuurNaam);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
