package nl.passend.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.passend.finance.calc.ComponentSoort;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A component as entered: the rules between the fields (bedrag or percentage, frictie only for a
 * werkgebied budget, peildatum and expected count only for the groeiregeling) are checked by the
 * service with specific codes.
 */
public class VerdeelmodelComponentInput {

    @Min(0)
    private Integer volgorde;
    @NotNull
    private ComponentSoort soort;
    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotNull
    private Begrotingspost post;
    @DecimalMin("0.00")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal bedrag;
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 4)
    private BigDecimal percentage;
    @DecimalMin("0")
    @DecimalMax(value = "100", inclusive = false)
    @Digits(integer = 3, fraction = 4)
    private BigDecimal frictiePercentage;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate peildatum;
    @Min(0)
    private Integer verwachtAantal;
    private boolean maandelijks;
    /** The model version the user last saw (optional; without it the current version is taken). */
    private Integer version;

    public static VerdeelmodelComponentInput of(VerdeelmodelComponent c) {
        VerdeelmodelComponentInput input = new VerdeelmodelComponentInput();
        input.setVolgorde(c.volgorde());
        input.setSoort(c.soort());
        input.setNaam(c.naam());
        input.setPost(c.post());
        input.setBedrag(c.bedrag());
        input.setPercentage(c.percentage());
        input.setFrictiePercentage(c.frictiePercentage());
        input.setPeildatum(c.peildatum());
        input.setVerwachtAantal(c.verwachtAantal());
        input.setMaandelijks(c.maandelijks());
        return input;
    }

    public Integer getVolgorde() {
        return volgorde;
    }

    public void setVolgorde(Integer volgorde) {
        this.volgorde = volgorde;
    }

    public ComponentSoort getSoort() {
        return soort;
    }

    public void setSoort(ComponentSoort soort) {
        this.soort = soort;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam == null ? null : naam.trim();
    }

    public Begrotingspost getPost() {
        return post;
    }

    public void setPost(Begrotingspost post) {
        this.post = post;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public void setBedrag(BigDecimal bedrag) {
        this.bedrag = bedrag;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public void setPercentage(BigDecimal percentage) {
        this.percentage = percentage;
    }

    public BigDecimal getFrictiePercentage() {
        return frictiePercentage;
    }

    public void setFrictiePercentage(BigDecimal frictiePercentage) {
        this.frictiePercentage = frictiePercentage;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public void setPeildatum(LocalDate peildatum) {
        this.peildatum = peildatum;
    }

    public Integer getVerwachtAantal() {
        return verwachtAantal;
    }

    public void setVerwachtAantal(Integer verwachtAantal) {
        this.verwachtAantal = verwachtAantal;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public boolean isMaandelijks() {
        return maandelijks;
    }

    public void setMaandelijks(boolean maandelijks) {
        this.maandelijks = maandelijks;
    }
}
