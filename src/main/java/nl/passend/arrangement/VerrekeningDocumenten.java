package nl.passend.arrangement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.passend.documents.PdfRenderer;
import nl.passend.organisation.SwvService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A settlement as CSV ({@link VerrekeningCsv}) and as an accessible PDF rendered from
 * {@code templates/documents/arrangement-verrekening}; both show exactly the statement they are given,
 * so a download of a vastgestelde month is the same every time.
 */
@Service
public class VerrekeningDocumenten {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final PdfRenderer pdf;
    private final SwvService swvs;
    private final MessageSource messages;

    VerrekeningDocumenten(PdfRenderer pdf, SwvService swvs, MessageSource messages) {
        this.pdf = pdf;
        this.swvs = swvs;
        this.messages = messages;
    }

    public String csv(CurrentUser user, Verrekening v) {
        user.require(Permission.VERREKENING_READ);
        return VerrekeningCsv.csv(v, key -> messages.getMessage(key, null, key, DUTCH));
    }

    public byte[] pdf(CurrentUser user, Verrekening v) {
        user.require(Permission.VERREKENING_READ);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("v", v);
        vars.put("swvNaam", swvs.details(user).naam());
        String title = messages.getMessage("verrekening.pdf.title", new Object[] {v.bestuurNaam(), v.maand().toString()},
                DUTCH);
        return pdf.render("arrangement-verrekening", vars, title);
    }

    /** The file name of a download: verrekening-(bevoegd gezag)-(yyyy-MM).(extension). */
    public static String filename(Verrekening v, String extension) {
        String naam = v.bevoegdGezagNummer() == null ? v.bestuurId().toString() : v.bevoegdGezagNummer();
        return "verrekening-" + naam.replaceAll("[^A-Za-z0-9-]", "") + "-" + v.maand() + "." + extension;
    }
}
