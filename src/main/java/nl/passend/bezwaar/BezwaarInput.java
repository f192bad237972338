package nl.passend.bezwaar;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new bezwaar (form and API). SWV staff registering one that came in by post or e-mail give the
 * indiener, the date received and the postmark; a parent or board filing themselves give only the
 * decision and their gronden (the indiener follows from who they are; received is today). Gronden are
 * personal data: never logged.
 */
public class BezwaarInput {

    @NotNull
    private UUID besluitId;
    private Indiener indiener;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ontvangenOp;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate poststempel;
    @Size(max = 20_000)
    private String gronden;

    public UUID getBesluitId() { return besluitId; }
    public void setBesluitId(UUID v) { this.besluitId = v; }
    public Indiener getIndiener() { return indiener; }
    public void setIndiener(Indiener v) { this.indiener = v; }
    public LocalDate getOntvangenOp() { return ontvangenOp; }
    public void setOntvangenOp(LocalDate v) { this.ontvangenOp = v; }
    public LocalDate getPoststempel() { return poststempel; }
    public void setPoststempel(LocalDate v) { this.poststempel = v; }
    public String getGronden() { return gronden; }
    public void setGronden(String v) { this.gronden = blankToNull(v); }

    static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    @Override
    public String toString() {
        return "BezwaarInput[" + besluitId + ", " + indiener + "]";
    }
}
