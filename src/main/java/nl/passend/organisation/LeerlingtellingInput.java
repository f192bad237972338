package nl.passend.organisation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** What a beheerder enters for a leerlingtelling. */
public class LeerlingtellingInput {

    @NotNull
    private UUID schoolId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate teldatum;
    @NotNull
    @Min(value = 0, message = "{leerlingtelling.aantal.negative}")
    @Max(value = 10000, message = "{leerlingtelling.aantal.tooLarge}")
    private Integer aantal;
    @NotNull
    private TelBron bron = TelBron.HANDMATIG;
    @NotNull
    private TelStatus status = TelStatus.VOORLOPIG;
    private Integer version;

    /** Pupils are counted on 1 October, and for PO funding since 2023 also on 1 February. */
    @AssertTrue(message = "{leerlingtelling.teldatum.invalid}")
    public boolean isTeldatumValid() {
        return teldatum == null || teldatum.getDayOfMonth() == 1
                && (teldatum.getMonthValue() == 2 || teldatum.getMonthValue() == 10);
    }

    public static LeerlingtellingInput of(Leerlingtelling t) {
        LeerlingtellingInput input = new LeerlingtellingInput();
        input.setSchoolId(t.schoolId());
        input.setTeldatum(t.teldatum());
        input.setAantal(t.aantal());
        input.setBron(t.bron());
        input.setStatus(t.status());
        input.setVersion(t.version());
        return input;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(UUID schoolId) {
        this.schoolId = schoolId;
    }

    public LocalDate getTeldatum() {
        return teldatum;
    }

    public void setTeldatum(LocalDate teldatum) {
        this.teldatum = teldatum;
    }

    public Integer getAantal() {
        return aantal;
    }

    public void setAantal(Integer aantal) {
        this.aantal = aantal;
    }

    public TelBron getBron() {
        return bron;
    }

    public void setBron(TelBron bron) {
        this.bron = bron;
    }

    public TelStatus getStatus() {
        return status;
    }

    public void setStatus(TelStatus status) {
        this.status = status;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
