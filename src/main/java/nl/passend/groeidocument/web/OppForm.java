package nl.passend.groeidocument.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.passend.groeidocument.Opp;
import nl.passend.groeidocument.OppInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The OPP form (mutable for binding); {@code version} is the OPP's lock when it exists. */
public class OppForm {

    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate ingeschrevenOp;
    @Size(max = 500) private String uitstroombestemming;
    @Size(max = 10000) private String onderbouwing;
    @Size(max = 10000) private String ondersteuning;
    @Size(max = 10000) private String afwijkingen;
    @Size(max = 10000) private String visieLeerling;
    @Size(max = 10000) private String wegingVisie;
    @Size(max = 10000) private String handelingsdeel;
    private Integer version;

    static OppForm of(Opp opp) {
        OppForm f = new OppForm();
        OppInput in = opp.inhoud();
        f.ingeschrevenOp = in.ingeschrevenOp();
        f.uitstroombestemming = in.uitstroombestemming();
        f.onderbouwing = in.onderbouwing();
        f.ondersteuning = in.ondersteuning();
        f.afwijkingen = in.afwijkingen();
        f.visieLeerling = in.visieLeerling();
        f.wegingVisie = in.wegingVisie();
        f.handelingsdeel = in.handelingsdeel();
        f.version = opp.version();
        return f;
    }

    OppInput toInput() {
        return new OppInput(ingeschrevenOp, uitstroombestemming, onderbouwing, ondersteuning, afwijkingen, visieLeerling,
                wegingVisie, handelingsdeel);
    }

    public LocalDate getIngeschrevenOp() { return ingeschrevenOp; }
    public void setIngeschrevenOp(LocalDate v) { ingeschrevenOp = v; }
    public String getUitstroombestemming() { return uitstroombestemming; }
    public void setUitstroombestemming(String v) { uitstroombestemming = v; }
    public String getOnderbouwing() { return onderbouwing; }
    public void setOnderbouwing(String v) { onderbouwing = v; }
    public String getOndersteuning() { return ondersteuning; }
    public void setOndersteuning(String v) { ondersteuning = v; }
    public String getAfwijkingen() { return afwijkingen; }
    public void setAfwijkingen(String v) { afwijkingen = v; }
    public String getVisieLeerling() { return visieLeerling; }
    public void setVisieLeerling(String v) { visieLeerling = v; }
    public String getWegingVisie() { return wegingVisie; }
    public void setWegingVisie(String v) { wegingVisie = v; }
    public String getHandelingsdeel() { return handelingsdeel; }
    public void setHandelingsdeel(String v) { handelingsdeel = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
