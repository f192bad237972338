package nl.passend.arrangement.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.arrangement.Verrekening;
import nl.passend.arrangement.VerrekeningDocumenten;
import nl.passend.arrangement.VerrekeningService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The settlement of a bestuur for a month ({@code maand} as yyyy-MM) as JSON, CSV or PDF: chosen by
 * {@code format} (json, csv, pdf) or else by the Accept header ({@code text/csv}, {@code application/pdf}).
 * {@code stand} (an ISO instant, optional) gives the statement as it stood then. POST
 * {@code /api/v1/verrekeningen/vaststelling} stelt a finished month vast and books it (idempotent).
 */
@RestController
@Tag(name = "Verrekeningen", description = "Arrangementskosten per schoolbestuur per maand")
class VerrekeningApiController {

    private final VerrekeningService verrekeningen;
    private final VerrekeningDocumenten documenten;

    VerrekeningApiController(VerrekeningService verrekeningen, VerrekeningDocumenten documenten) {
        this.verrekeningen = verrekeningen;
        this.documenten = documenten;
    }

    @GetMapping(path = "/api/v1/verrekeningen", produces = {"application/json", "text/csv", "application/pdf"})
    ResponseEntity<?> verrekening(@RequestParam UUID bestuur, @RequestParam YearMonth maand,
                                  @RequestParam(required = false) Instant stand,
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Verrekening v = verrekeningen.verrekening(user, bestuur, maand, stand);
        String soort = format != null ? format.toLowerCase(Locale.ROOT)
                : accept != null && accept.contains("text/csv") ? "csv"
                : accept != null && accept.contains("application/pdf") ? "pdf" : "json";
        return switch (soort) {
            case "csv" -> VerrekeningController.csvResponse(v, documenten.csv(user, v));
            case "pdf" -> VerrekeningController.pdfResponse(v, documenten.pdf(user, v));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(v);
        };
    }

    @PostMapping(path = "/api/v1/verrekeningen/vaststelling", produces = "application/json")
    Verrekening vaststellen(@RequestParam UUID bestuur, @RequestParam YearMonth maand) {
        return verrekeningen.vaststellen(CurrentUsers.find().orElseThrow(), bestuur, maand);
    }
}
