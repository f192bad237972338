package nl.passend.finance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.passend.documents.PdfRenderer;
import nl.passend.organisation.SwvService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The financial paragraph of the trimester report, on screen and as PDF. */
@Service
@Transactional(readOnly = true)
public class TrimesterService {

    private final RealisatieService realisatie;
    private final ReserveService reserve;
    private final SwvService swvs;
    private final PdfRenderer pdf;
    private final MessageSource messages;

    TrimesterService(RealisatieService realisatie, ReserveService reserve, SwvService swvs, PdfRenderer pdf,
                     MessageSource messages) {
        this.realisatie = realisatie;
        this.reserve = reserve;
        this.swvs = swvs;
        this.pdf = pdf;
        this.messages = messages;
    }

    public Trimesterparagraaf paragraaf(CurrentUser user, int jaar, int trimester) {
        HistorieService.requireReports(user);
        if (trimester < 1 || trimester > 3) {
            throw new PassendException.NotFound("trimester-onbekend");
        }
        RealisatieService.Realisatie r = realisatie.vergelijking(user, jaar);
        ReserveRapport rapport = reserve.alle(user).stream().filter(x -> x.jaar() <= jaar)
                .max(Comparator.comparingInt(ReserveRapport::jaar)).orElse(null);
        return new Trimesterparagraaf(jaar, trimester, r.overzicht(), r.metBegroting(), rapport);
    }

    /** The paragraph as an accessible PDF, from {@code templates/documents/finance-trimester}. */
    public byte[] pdf(CurrentUser user, Trimesterparagraaf p) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("p", p);
        vars.put("swvNaam", swvs.details(user).naam());
        String title = messages.getMessage("finance.trimester.pdf.title",
                new Object[] {String.valueOf(p.trimester()), String.valueOf(p.jaar())}, java.util.Locale.forLanguageTag("nl-NL"));
        return pdf.render("finance-trimester", vars, title);
    }
}
