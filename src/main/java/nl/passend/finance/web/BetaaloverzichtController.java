package nl.passend.finance.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import nl.passend.finance.Betaaloverzicht;
import nl.passend.finance.BetaaloverzichtService;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.organisation.Bestuur;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Betaaloverzichten per schoolbestuur per month: choose a bestuur (a bestuur user only has its own)
 * and a month; the statement with its PDF and CSV downloads, which carry the statement's stand so a
 * download always holds the figures shown.
 */
@Controller
class BetaaloverzichtController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BetaaloverzichtService overzichten;
    private final Clock clock;

    BetaaloverzichtController(BetaaloverzichtService overzichten, Clock clock) {
        this.overzichten = overzichten;
        this.clock = clock;
    }

    @GetMapping("/financien/betaaloverzichten")
    String show(@RequestParam(required = false) UUID bestuur, @RequestParam(required = false) YearMonth maand,
                @RequestParam(required = false) Instant stand,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<Bestuur> besturen = overzichten.besturen(user);
        UUID gekozen = bestuur != null ? bestuur : besturen.size() == 1 ? besturen.get(0).id() : null;
        YearMonth m = maand != null ? maand : YearMonth.now(clock);
        model.addAttribute("besturen", besturen);
        model.addAttribute("bestuur", gekozen);
        model.addAttribute("maand", m);
        model.addAttribute("betaalsoorten", List.of(RealisatieBoeking.Betaalsoort.values()));
        if (gekozen != null) {
            model.addAttribute("o", overzichten.overzicht(user, gekozen, m, stand));
        }
        return "finance/reports/betaaloverzicht";
    }

    @GetMapping("/financien/betaaloverzichten.csv")
    ResponseEntity<String> csv(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                               @RequestParam(required = false) Instant stand) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Betaaloverzicht o = overzichten.overzicht(user, bestuur, maand, stand);
        return csvResponse(o, overzichten.csv(user, o));
    }

    @GetMapping("/financien/betaaloverzichten.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                               @RequestParam(required = false) Instant stand) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Betaaloverzicht o = overzichten.overzicht(user, bestuur, maand, stand);
        return pdfResponse(o, overzichten.pdf(user, o));
    }

    static String filename(Betaaloverzicht o, String extension) {
        String naam = o.bevoegdGezagNummer() == null ? o.bestuurId().toString() : o.bevoegdGezagNummer();
        return "betaaloverzicht-" + naam.replaceAll("[^A-Za-z0-9-]", "") + "-" + o.maand() + "." + extension;
    }

    static ResponseEntity<String> csvResponse(Betaaloverzicht o, String csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename(o, "csv")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(csv);
    }

    static ResponseEntity<byte[]> pdfResponse(Betaaloverzicht o, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename(o, "pdf")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
