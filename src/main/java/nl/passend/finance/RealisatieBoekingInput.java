package nl.passend.finance;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A booking entered by hand (form and API). A correction is a booking with the opposite sign. */
public class RealisatieBoekingInput {

    @NotNull
    @Min(2014)
    @Max(2100)
    private Integer jaar;
    @NotNull
    @Min(1)
    @Max(12)
    private Integer maand;
    @NotNull
    private Begrotingspost post;
    @NotNull
    @Digits(integer = 12, fraction = 2)
    private BigDecimal bedrag;
    private UUID bestuurId;
    private RealisatieBoeking.Betaalsoort betaalsoort;
    @NotBlank
    @Size(max = 200)
    private String omschrijving;

    public Integer getJaar() { return jaar; }
    public void setJaar(Integer jaar) { this.jaar = jaar; }
    public Integer getMaand() { return maand; }
    public void setMaand(Integer maand) { this.maand = maand; }
    public Begrotingspost getPost() { return post; }
    public void setPost(Begrotingspost post) { this.post = post; }
    public BigDecimal getBedrag() { return bedrag; }
    public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
    public UUID getBestuurId() { return bestuurId; }
    public void setBestuurId(UUID bestuurId) { this.bestuurId = bestuurId; }
    public RealisatieBoeking.Betaalsoort getBetaalsoort() { return betaalsoort; }
    public void setBetaalsoort(RealisatieBoeking.Betaalsoort betaalsoort) { this.betaalsoort = betaalsoort; }
    public String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
}
