package nl.passend.groeidocument.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.passend.groeidocument.Ontvanger;
import nl.passend.groeidocument.ToestemmingBron;
import nl.passend.groeidocument.ToestemmingInput;
import nl.passend.groeidocument.ToestemmingOnderwerp;

import org.springframework.format.annotation.DateTimeFormat;

/** A consent or refusal from a parent (own page) or recorded by the school from paper. */
public class ToestemmingForm {

    @NotNull private ToestemmingOnderwerp onderwerp;
    private UUID onderwerpId;
    private Ontvanger ontvanger;
    private boolean gegeven;
    @Size(max = 2000) private String reden;
    @Size(max = 200) private String door;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate op;

    ToestemmingInput toInput(UUID leerlingId) {
        return new ToestemmingInput(leerlingId, onderwerp, onderwerpId, ontvanger, gegeven, reden, door, op,
                ToestemmingBron.UI);
    }

    public ToestemmingOnderwerp getOnderwerp() { return onderwerp; }
    public void setOnderwerp(ToestemmingOnderwerp v) { onderwerp = v; }
    public UUID getOnderwerpId() { return onderwerpId; }
    public void setOnderwerpId(UUID v) { onderwerpId = v; }
    public Ontvanger getOntvanger() { return ontvanger; }
    public void setOntvanger(Ontvanger v) { ontvanger = v; }
    public boolean isGegeven() { return gegeven; }
    public void setGegeven(boolean v) { gegeven = v; }
    public String getReden() { return reden; }
    public void setReden(String v) { reden = v; }
    public String getDoor() { return door; }
    public void setDoor(String v) { door = v; }
    public LocalDate getOp() { return op; }
    public void setOp(LocalDate v) { op = v; }
}
