package nl.passend.arrangement.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import nl.passend.arrangement.Verrekening;
import nl.passend.arrangement.VerrekeningDocumenten;
import nl.passend.arrangement.VerrekeningService;
import nl.passend.finance.Begrotingspost;
import nl.passend.organisation.Bestuur;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly settlement per schoolbestuur: choose a bestuur (a bestuur user only has its own) and a
 * month; the statement with PDF and CSV downloads (carrying the stand), and for a finished month that is
 * still voorlopig the act ‘vaststellen en boeken’ for whoever may book the realisation.
 */
@Controller
class VerrekeningController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final VerrekeningService verrekeningen;
    private final VerrekeningDocumenten documenten;
    private final Clock clock;

    VerrekeningController(VerrekeningService verrekeningen, VerrekeningDocumenten documenten, Clock clock) {
        this.verrekeningen = verrekeningen;
        this.documenten = documenten;
        this.clock = clock;
    }

    @GetMapping("/verrekeningen")
    String show(@RequestParam(required = false) UUID bestuur, @RequestParam(required = false) YearMonth maand,
                @RequestParam(required = false) Instant stand, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<Bestuur> besturen = verrekeningen.besturen(user);
        UUID gekozen = bestuur != null ? bestuur : besturen.size() == 1 ? besturen.get(0).id() : null;
        YearMonth m = maand != null ? maand : YearMonth.now(clock).minusMonths(1);
        model.addAttribute("besturen", besturen);
        model.addAttribute("bestuur", gekozen);
        model.addAttribute("maand", m);
        model.addAttribute("posten", List.of(Begrotingspost.values()));
        if (gekozen != null) {
            Verrekening v = verrekeningen.verrekening(user, gekozen, m, stand);
            model.addAttribute("v", v);
            model.addAttribute("magVaststellen", !v.vastgesteld() && user.can(Permission.FINANCE_MANAGE)
                    && m.isBefore(YearMonth.now(clock)));
        }
        return "verrekening/verrekeningen";
    }

    @PostMapping("/verrekeningen/vaststellen")
    String vaststellen(@RequestParam UUID bestuur, @RequestParam YearMonth maand, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        verrekeningen.vaststellen(user, bestuur, maand);
        redirect.addFlashAttribute("message", "verrekening.vastgesteld.flash");
        redirect.addAttribute("bestuur", bestuur);
        redirect.addAttribute("maand", maand);
        return "redirect:/verrekeningen";
    }

    @GetMapping("/verrekeningen.csv")
    ResponseEntity<String> csv(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                               @RequestParam(required = false) Instant stand) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Verrekening v = verrekeningen.verrekening(user, bestuur, maand, stand);
        return csvResponse(v, documenten.csv(user, v));
    }

    @GetMapping("/verrekeningen.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                               @RequestParam(required = false) Instant stand) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Verrekening v = verrekeningen.verrekening(user, bestuur, maand, stand);
        return pdfResponse(v, documenten.pdf(user, v));
    }

    static ResponseEntity<String> csvResponse(Verrekening v, String csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(VerrekeningDocumenten.filename(v, "csv")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(csv);
    }

    static ResponseEntity<byte[]> pdfResponse(Verrekening v, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(VerrekeningDocumenten.filename(v, "pdf")).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }
}
