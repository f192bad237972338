package nl.passend.bezwaar;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What one act on a bezwaar records (form and API): the date of the act (sent to the committee,
 * hoorzitting, advice, notice of postponement, decision, withdrawal, beroep), an outcome (advice and
 * decision) and a text (the reason for excusing lateness or postponing, the decision's motivation).
 * {@code version} is the version last read; the act is refused when someone acted in between.
 */
public class BezwaarActInput {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;
    private BezwaarUitkomst uitkomst;
    @Size(max = 20_000)
    private String toelichting;
    private Integer version;

    public LocalDate getDatum() { return datum; }
    public void setDatum(LocalDate v) { this.datum = v; }
    public BezwaarUitkomst getUitkomst() { return uitkomst; }
    public void setUitkomst(BezwaarUitkomst v) { this.uitkomst = v; }
    public String getToelichting() { return toelichting; }
    public void setToelichting(String v) { this.toelichting = BezwaarInput.blankToNull(v); }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { this.version = v; }

    /** An input with a date only, for code and tests. */
    public static BezwaarActInput on(LocalDate datum, Integer version) {
        BezwaarActInput in = new BezwaarActInput();
        in.setDatum(datum);
        in.setVersion(version);
        return in;
    }

    @Override
    public String toString() {
        return "BezwaarActInput[" + datum + ", " + uitkomst + "]";
    }
}
