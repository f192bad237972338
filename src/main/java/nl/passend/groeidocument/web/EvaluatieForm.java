package nl.passend.groeidocument.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.passend.groeidocument.EvaluatieInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The OPP evaluation form. */
public class EvaluatieForm {

    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate datum;
    private boolean metOuders;
    private boolean metLeerling;
    @Size(max = 500) private String anderen;
    @NotBlank @Size(max = 10000) private String uitkomst;

    EvaluatieInput toInput() {
        return new EvaluatieInput(datum, metOuders, metLeerling, anderen, uitkomst);
    }

    public LocalDate getDatum() { return datum; }
    public void setDatum(LocalDate v) { datum = v; }
    public boolean isMetOuders() { return metOuders; }
    public void setMetOuders(boolean v) { metOuders = v; }
    public boolean isMetLeerling() { return metLeerling; }
    public void setMetLeerling(boolean v) { metLeerling = v; }
    public String getAnderen() { return anderen; }
    public void setAnderen(String v) { anderen = v; }
    public String getUitkomst() { return uitkomst; }
    public void setUitkomst(String v) { uitkomst = v; }
}
