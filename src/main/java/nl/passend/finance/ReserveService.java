package nl.passend.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.ReserveOordeel;
import nl.passend.finance.calc.ReserveToets;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve check per year: eigen vermogen (as recorded) against the signaleringswaarde computed from
 * the totale baten of that year. The baten come from the realisation when the year has bookings on
 * baten posts (the forecast — actual to date plus budget of the remaining months — while the year
 * runs), else from imported history, else from the vastgestelde begroting; the report says which.
 */
@Service
@Transactional(readOnly = true)
public class ReserveService {

    private final EigenVermogenService eigenVermogen;
    private final RealisatieService realisatie;
    private final HistorieService historie;
    private final RealisatieBronnen bronnen;

    ReserveService(EigenVermogenService eigenVermogen, RealisatieService realisatie, HistorieService historie,
                   RealisatieBronnen bronnen) {
        this.eigenVermogen = eigenVermogen;
        this.realisatie = realisatie;
        this.historie = historie;
        this.bronnen = bronnen;
    }

    public ReserveRapport toets(CurrentUser user, int jaar) {
        HistorieService.requireReports(user);
        EigenVermogen ev = eigenVermogen.find(user, jaar)
                .orElseThrow(() -> new PassendException.NotFound("reservetoets-geen-eigen-vermogen", String.valueOf(jaar)));
        return toets(user, ev);
    }

    /** The check for every year with a recorded eigen vermogen, oldest first. */
    public List<ReserveRapport> alle(CurrentUser user) {
        HistorieService.requireReports(user);
        return eigenVermogen.list(user).stream().map(ev -> toets(user, ev)).toList();
    }

    private ReserveRapport toets(CurrentUser user, EigenVermogen ev) {
        Baten baten = totaleBaten(user, ev.jaar());
        ReserveOordeel oordeel = ReserveToets.toets(ev.bedrag(), baten.bedrag(), ev.eigenOndergrens());
        boolean planOntbreekt = oordeel.bovenmatig() && (ev.bestedingsplan() == null || ev.bestedingsplan().isBlank());
        return new ReserveRapport(ev.jaar(), ev, baten.bedrag(), baten.bron(), oordeel, planOntbreekt);
    }

    record Baten(BigDecimal bedrag, ReserveRapport.BatenBron bron) {
    }

    /** The totale baten of a year and where they come from (see the class comment). */
    Baten totaleBaten(CurrentUser user, int jaar) {
        RealisatieService.Realisatie r = realisatie.vergelijking(user, jaar);
        boolean batenGeboekt = r.overzicht().posten().stream()
                .anyMatch(p -> p.post().isBaten() && p.realisatieTotDatum().signum() != 0);
        if (batenGeboekt) {
            return new Baten(Cents.of(r.overzicht().baten().prognose()), ReserveRapport.BatenBron.REALISATIE);
        }
        Map<Begrotingspost, BigDecimal> h = historie.historie(user).getOrDefault(jaar, Map.of());
        if (Begrotingspost.heeftPosten(h, true)) {
            return new Baten(Begrotingspost.som(h, true), ReserveRapport.BatenBron.HISTORIE);
        }
        Optional<Map<Begrotingspost, BigDecimal>> begroting = bronnen.begroting(user, jaar);
        if (begroting.isPresent()) {
            return new Baten(Begrotingspost.som(begroting.get(), true), ReserveRapport.BatenBron.BEGROTING);
        }
        return new Baten(Cents.zero(), ReserveRapport.BatenBron.GEEN);
    }
}
