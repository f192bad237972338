package nl.passend.groeidocument.web;

import jakarta.validation.constraints.Size;

import nl.passend.groeidocument.GroeidocumentInput;

/** The groeidocument edit form (mutable for binding); every field optional. */
public class GroeidocumentForm {

    @Size(max = 10000) private String vraagKind;
    @Size(max = 10000) private String vraagOuders;
    @Size(max = 10000) private String vraagSchool;
    @Size(max = 10000) private String vraagZorgpartners;
    @Size(max = 10000) private String bevorderendeFactoren;
    @Size(max = 10000) private String belemmerendeFactoren;
    @Size(max = 10000) private String onderwijsbehoeften;
    @Size(max = 10000) private String ondersteuningsbehoefteLeerkracht;
    @Size(max = 10000) private String crucialeDoelen;
    @Size(max = 10000) private String ingezetEnResultaat;
    @Size(max = 10000) private String aanwezigheid;

    static GroeidocumentForm of(GroeidocumentInput in) {
        GroeidocumentForm f = new GroeidocumentForm();
        f.vraagKind = in.vraagKind();
        f.vraagOuders = in.vraagOuders();
        f.vraagSchool = in.vraagSchool();
        f.vraagZorgpartners = in.vraagZorgpartners();
        f.bevorderendeFactoren = in.bevorderendeFactoren();
        f.belemmerendeFactoren = in.belemmerendeFactoren();
        f.onderwijsbehoeften = in.onderwijsbehoeften();
        f.ondersteuningsbehoefteLeerkracht = in.ondersteuningsbehoefteLeerkracht();
        f.crucialeDoelen = in.crucialeDoelen();
        f.ingezetEnResultaat = in.ingezetEnResultaat();
        f.aanwezigheid = in.aanwezigheid();
        return f;
    }

    GroeidocumentInput toInput() {
        return new GroeidocumentInput(vraagKind, vraagOuders, vraagSchool, vraagZorgpartners, bevorderendeFactoren,
                belemmerendeFactoren, onderwijsbehoeften, ondersteuningsbehoefteLeerkracht, crucialeDoelen,
                ingezetEnResultaat, aanwezigheid);
    }

    public String getVraagKind() { return vraagKind; }
    public void setVraagKind(String v) { vraagKind = v; }
    public String getVraagOuders() { return vraagOuders; }
    public void setVraagOuders(String v) { vraagOuders = v; }
    public String getVraagSchool() { return vraagSchool; }
    public void setVraagSchool(String v) { vraagSchool = v; }
    public String getVraagZorgpartners() { return vraagZorgpartners; }
    public void setVraagZorgpartners(String v) { vraagZorgpartners = v; }
    public String getBevorderendeFactoren() { return bevorderendeFactoren; }
    public void setBevorderendeFactoren(String v) { bevorderendeFactoren = v; }
    public String getBelemmerendeFactoren() { return belemmerendeFactoren; }
    public void setBelemmerendeFactoren(String v) { belemmerendeFactoren = v; }
    public String getOnderwijsbehoeften() { return onderwijsbehoeften; }
    public void setOnderwijsbehoeften(String v) { onderwijsbehoeften = v; }
    public String getOndersteuningsbehoefteLeerkracht() { return ondersteuningsbehoefteLeerkracht; }
    public void setOndersteuningsbehoefteLeerkracht(String v) { ondersteuningsbehoefteLeerkracht = v; }
    public String getCrucialeDoelen() { return crucialeDoelen; }
    public void setCrucialeDoelen(String v) { crucialeDoelen = v; }
    public String getIngezetEnResultaat() { return ingezetEnResultaat; }
    public void setIngezetEnResultaat(String v) { ingezetEnResultaat = v; }
    public String getAanwezigheid() { return aanwezigheid; }
    public void setAanwezigheid(String v) { aanwezigheid = v; }
}
