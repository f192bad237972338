package nl.passend.organisation;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a beheerder enters for a school; BRIN is upper-cased and spaces are dropped. */
public class SchoolInput {

    @NotBlank
    @Pattern(regexp = RegisterCodes.BRIN, message = "{school.brin.invalid}")
    private String brin;
    @NotBlank
    @Pattern(regexp = RegisterCodes.VESTIGINGSNUMMER, message = "{school.vestigingsnummer.invalid}")
    private String vestigingsnummer = "00";
    @NotBlank
    @Size(max = 200)
    private String naam;
    @NotNull
    private SchoolSoort soort;
    private Integer cluster;
    @NotNull
    private UUID bestuurId;
    private UUID werkgebiedId;
    private UUID gemeenteId;
    @Size(max = 200)
    private String adres;
    @Size(max = 100)
    private String plaats;
    private Integer version;

    public static SchoolInput of(School s) {
        SchoolInput input = new SchoolInput();
        input.setBrin(s.brin());
        input.setVestigingsnummer(s.vestigingsnummer());
        input.setNaam(s.naam());
        input.setSoort(s.soort());
        input.setCluster(s.cluster());
        input.setBestuurId(s.bestuurId());
        input.setWerkgebiedId(s.werkgebiedId());
        input.setGemeenteId(s.gemeenteId());
        input.setAdres(s.adres());
        input.setPlaats(s.plaats());
        input.setVersion(s.version());
        return input;
    }

    /** SO needs cluster 3 or 4; BAO and SBO have none (clusters 1 and 2 are national). */
    @AssertTrue(message = "{school.cluster.invalid}")
    public boolean isClusterValid() {
        if (soort == null) {
            return true;
        }
        return soort == SchoolSoort.SO ? cluster != null && (cluster == 3 || cluster == 4) : cluster == null;
    }

    public String getBrin() {
        return brin;
    }

    public void setBrin(String brin) {
        this.brin = RegisterCodes.trimToNull(RegisterCodes.compact(brin));
    }

    public String getVestigingsnummer() {
        return vestigingsnummer;
    }

    public void setVestigingsnummer(String vestigingsnummer) {
        this.vestigingsnummer = RegisterCodes.trimToNull(RegisterCodes.compact(vestigingsnummer));
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = RegisterCodes.trimToNull(naam);
    }

    public SchoolSoort getSoort() {
        return soort;
    }

    public void setSoort(SchoolSoort soort) {
        this.soort = soort;
    }

    public Integer getCluster() {
        return cluster;
    }

    public void setCluster(Integer cluster) {
        this.cluster = cluster;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public void setBestuurId(UUID bestuurId) {
        this.bestuurId = bestuurId;
    }

    public UUID getWerkgebiedId() {
        return werkgebiedId;
    }

    public void setWerkgebiedId(UUID werkgebiedId) {
        this.werkgebiedId = werkgebiedId;
    }

    public UUID getGemeenteId() {
        return gemeenteId;
    }

    public void setGemeenteId(UUID gemeenteId) {
        this.gemeenteId = gemeenteId;
    }

    public String getAdres() {
        return adres;
    }

    public void setAdres(String adres) {
        this.adres = RegisterCodes.trimToNull(adres);
    }

    public String getPlaats() {
        return plaats;
    }

    public void setPlaats(String plaats) {
        this.plaats = RegisterCodes.trimToNull(plaats);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
