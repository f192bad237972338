package nl.passend.finance.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.finance.Betaaloverzicht;
import nl.passend.finance.BetaaloverzichtService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A betaaloverzicht of a bestuur for a month ({@code maand} as yyyy-MM) as JSON, CSV or PDF: chosen by
 * {@code format} (json, csv, pdf) or else by the Accept header ({@code text/csv}, {@code application/pdf}).
 * {@code stand} (an ISO instant, optional) reproduces the statement as it stood then.
 */
@RestController
@Tag(name = "Betaaloverzichten", description = "Wat een schoolbestuur per maand ontvangt")
class BetaaloverzichtApiController {

    private final BetaaloverzichtService overzichten;

    BetaaloverzichtApiController(BetaaloverzichtService overzichten) {
        this.overzichten = overzichten;
    }

    @GetMapping(path = "/api/v1/betaaloverzichten", produces = {"application/json", "text/csv", "application/pdf"})
    ResponseEntity<?> overzicht(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                                @RequestParam(required = false) Instant stand,
                                @RequestParam(required = false) String format,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Betaaloverzicht o = overzichten.overzicht(user, bestuur, maand, stand);
        String soort = format != null ? format.toLowerCase(java.util.Locale.ROOT)
                : accept != null && accept.contains("text/csv") ? "csv"
                : accept != null && accept.contains("application/pdf") ? "pdf" : "json";
        return switch (soort) {
            case "csv" -> BetaaloverzichtController.csvResponse(o, overzichten.csv(user, o));
            case "pdf" -> BetaaloverzichtController.pdfResponse(o, overzichten.pdf(user, o));
            default -> ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(o);
        };
    }
}
