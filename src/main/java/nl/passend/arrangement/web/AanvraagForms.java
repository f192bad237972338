package nl.passend.arrangement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.arrangement.AanvraagInput;
import nl.passend.arrangement.ArrangementSoort;
import nl.passend.arrangement.BesluitUitkomst;
import nl.passend.arrangement.BudgetSoort;
import nl.passend.arrangement.EvaluatieInput;
import nl.passend.arrangement.EvaluatieUitkomst;
import nl.passend.arrangement.MdoInput;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsRoute;
import nl.passend.arrangement.ToekenningInput;
import nl.passend.finance.Begrotingspost;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the aanvraag and arrangement screens (bound by Spring MVC; typed input stays on a refusal). */
final class AanvraagForms {

    private AanvraagForms() {
    }

    /** Voor: one pupil or a group. */
    public enum Voor { LEERLING, GROEP }

    public static class NieuwForm {
        private UUID schoolId;
        private Voor voor = Voor.LEERLING;
        private UUID leerlingId;
        private String groep;
        private Integer aantal;
        private OndersteuningsRoute route = OndersteuningsRoute.ROUTE_1;
        private String vraag;

        AanvraagInput toInput() {
            boolean leerling = voor != Voor.GROEP;
            return new AanvraagInput(schoolId, leerling ? leerlingId : null, leerling ? null : groep,
                    leerling ? null : aantal, route, vraag, null);
        }

        public UUID getSchoolId() { return schoolId; }
        public void setSchoolId(UUID schoolId) { this.schoolId = schoolId; }
        public Voor getVoor() { return voor; }
        public void setVoor(Voor voor) { this.voor = voor; }
        public UUID getLeerlingId() { return leerlingId; }
        public void setLeerlingId(UUID leerlingId) { this.leerlingId = leerlingId; }
        public String getGroep() { return groep; }
        public void setGroep(String groep) { this.groep = groep; }
        public Integer getAantal() { return aantal; }
        public void setAantal(Integer aantal) { this.aantal = aantal; }
        public OndersteuningsRoute getRoute() { return route; }
        public void setRoute(OndersteuningsRoute route) { this.route = route; }
        public String getVraag() { return vraag; }
        public void setVraag(String vraag) { this.vraag = vraag; }

        @Override
        public String toString() {
            return "NieuwForm";
        }
    }

    /** The concept as it stands, to change it: the fields of a new aanvraag and the version last read. */
    public static class BewerkForm extends NieuwForm {
        private Integer version;

        static BewerkForm of(Ondersteuningsaanvraag a) {
            BewerkForm f = new BewerkForm();
            f.setSchoolId(a.schoolId());
            f.setVoor(a.isGroep() ? Voor.GROEP : Voor.LEERLING);
            f.setLeerlingId(a.leerlingId());
            f.setGroep(a.groep());
            f.setAantal(a.aantal());
            f.setRoute(a.route());
            f.setVraag(a.vraag());
            f.setVersion(a.version());
            return f;
        }

        /** The input for the concept; the groeidocument version stays while it is still for the same pupil. */
        AanvraagInput toInput(Ondersteuningsaanvraag current) {
            AanvraagInput in = toInput();
            boolean samePupil = in.leerlingId() != null && in.leerlingId().equals(current.leerlingId());
            return new AanvraagInput(in.schoolId(), in.leerlingId(), in.groep(), in.aantal(), in.route(), in.vraag(),
                    samePupil ? current.groeidocumentVersieId() : null);
        }

        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }

        @Override
        public String toString() {
            return "BewerkForm";
        }
    }

    /** A text answer with the aanvraag's version: information asked or given, fiat reason, grounds. */
    public static class TekstForm {
        private String tekst;
        private Integer version;
        private Boolean akkoord;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;

        public String getTekst() { return tekst; }
        public void setTekst(String tekst) { this.tekst = tekst; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
        public Boolean getAkkoord() { return akkoord; }
        public void setAkkoord(Boolean akkoord) { this.akkoord = akkoord; }
        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }

        @Override
        public String toString() {
            return "TekstForm";
        }
    }

    public static class MdoForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        private String deelnemers;
        private String perspectieven;
        private String uitkomst;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate evaluatie1;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate evaluatie2;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate evaluatie3;
        private Integer version;

        MdoInput toInput() {
            List<LocalDate> momenten = new ArrayList<>();
            momenten.add(evaluatie1);
            momenten.add(evaluatie2);
            momenten.add(evaluatie3);
            return new MdoInput(datum, deelnemers, perspectieven, uitkomst, momenten);
        }

        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public String getDeelnemers() { return deelnemers; }
        public void setDeelnemers(String deelnemers) { this.deelnemers = deelnemers; }
        public String getPerspectieven() { return perspectieven; }
        public void setPerspectieven(String perspectieven) { this.perspectieven = perspectieven; }
        public String getUitkomst() { return uitkomst; }
        public void setUitkomst(String uitkomst) { this.uitkomst = uitkomst; }
        public LocalDate getEvaluatie1() { return evaluatie1; }
        public void setEvaluatie1(LocalDate evaluatie1) { this.evaluatie1 = evaluatie1; }
        public LocalDate getEvaluatie2() { return evaluatie2; }
        public void setEvaluatie2(LocalDate evaluatie2) { this.evaluatie2 = evaluatie2; }
        public LocalDate getEvaluatie3() { return evaluatie3; }
        public void setEvaluatie3(LocalDate evaluatie3) { this.evaluatie3 = evaluatie3; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }

        @Override
        public String toString() {
            return "MdoForm";
        }
    }

    public static class BesluitForm {
        private BesluitUitkomst uitkomst = BesluitUitkomst.TOEGEKEND;
        private String gronden;
        private ArrangementSoort soort;
        private String aanbieder;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate eind;
        private BigDecimal uren;
        private BigDecimal bedrag;
        private BudgetSoort budget = BudgetSoort.WERKGEBIED;
        private Begrotingspost begrotingspost;
        private String overschrijdingReden;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate aangehoudenTot;
        private Integer version;

        ToekenningInput toInput() {
            return new ToekenningInput(gronden, soort, aanbieder, start, eind, uren, bedrag, budget, null,
                    budget == BudgetSoort.CENTRAAL ? begrotingspost : null, overschrijdingReden);
        }

        public BesluitUitkomst getUitkomst() { return uitkomst; }
        public void setUitkomst(BesluitUitkomst uitkomst) { this.uitkomst = uitkomst; }
        public String getGronden() { return gronden; }
        public void setGronden(String gronden) { this.gronden = gronden; }
        public ArrangementSoort getSoort() { return soort; }
        public void setSoort(ArrangementSoort soort) { this.soort = soort; }
        public String getAanbieder() { return aanbieder; }
        public void setAanbieder(String aanbieder) { this.aanbieder = aanbieder; }
        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEind() { return eind; }
        public void setEind(LocalDate eind) { this.eind = eind; }
        public BigDecimal getUren() { return uren; }
        public void setUren(BigDecimal uren) { this.uren = uren; }
        public BigDecimal getBedrag() { return bedrag; }
        public void setBedrag(BigDecimal bedrag) { this.bedrag = bedrag; }
        public BudgetSoort getBudget() { return budget; }
        public void setBudget(BudgetSoort budget) { this.budget = budget; }
        public Begrotingspost getBegrotingspost() { return begrotingspost; }
        public void setBegrotingspost(Begrotingspost begrotingspost) { this.begrotingspost = begrotingspost; }
        public String getOverschrijdingReden() { return overschrijdingReden; }
        public void setOverschrijdingReden(String overschrijdingReden) { this.overschrijdingReden = overschrijdingReden; }
        public LocalDate getAangehoudenTot() { return aangehoudenTot; }
        public void setAangehoudenTot(LocalDate aangehoudenTot) { this.aangehoudenTot = aangehoudenTot; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }

        @Override
        public String toString() {
            return "BesluitForm";
        }
    }

    public static class EvaluatieForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate datum;
        private String deelnemers;
        private boolean oudersAanwezig;
        private boolean leerlingAanwezig;
        private String bevindingen;
        private EvaluatieUitkomst uitkomst;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate nieuweEind;
        private Integer version;

        EvaluatieInput toInput() {
            return new EvaluatieInput(datum, deelnemers, oudersAanwezig, leerlingAanwezig, bevindingen, uitkomst,
                    uitkomst == EvaluatieUitkomst.VERLENGEN ? nieuweEind : null);
        }

        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public String getDeelnemers() { return deelnemers; }
        public void setDeelnemers(String deelnemers) { this.deelnemers = deelnemers; }
        public boolean isOudersAanwezig() { return oudersAanwezig; }
        public void setOudersAanwezig(boolean oudersAanwezig) { this.oudersAanwezig = oudersAanwezig; }
        public boolean isLeerlingAanwezig() { return leerlingAanwezig; }
        public void setLeerlingAanwezig(boolean leerlingAanwezig) { this.leerlingAanwezig = leerlingAanwezig; }
        public String getBevindingen() { return bevindingen; }
        public void setBevindingen(String bevindingen) { this.bevindingen = bevindingen; }
        public EvaluatieUitkomst getUitkomst() { return uitkomst; }
        public void setUitkomst(EvaluatieUitkomst uitkomst) { this.uitkomst = uitkomst; }
        public LocalDate getNieuweEind() { return nieuweEind; }
        public void setNieuweEind(LocalDate nieuweEind) { this.nieuweEind = nieuweEind; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }

        @Override
        public String toString() {
            return "EvaluatieForm";
        }
    }

}
