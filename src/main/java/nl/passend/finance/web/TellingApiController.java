package nl.passend.finance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.passend.finance.Bekostigingstelling;
import nl.passend.finance.BekostigingstellingImport;
import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bekostigingstellingen as JSON: the counts of a teldatum, setting one, deriving them from Passend and
 * importing DUO's counts (text/csv; all or nothing, with a report per wrong line).
 */
@RestController
@RequestMapping("/api/v1/bekostigingstellingen")
@Tag(name = "Bekostigingstellingen", description = "Tellingen per teldatum voor de baten en de verrekening")
class TellingApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final BekostigingstellingService tellingen;
    private final MessageSource messages;

    TellingApiController(BekostigingstellingService tellingen, MessageSource messages) {
        this.tellingen = tellingen;
        this.messages = messages;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    /** What to derive: BASIS from the leerlingtellingen, VERREKENING (SBO, SO per category) from the TLV register. */
    enum Onderdeel { BASIS, VERREKENING }

    record Afleiding(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum,
                     @NotNull Onderdeel onderdeel) {
    }

    @GetMapping
    List<Bekostigingstelling> list(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum) {
        return tellingen.list(user(), teldatum);
    }

    /** Sets (or overwrites) the count of a teldatum, kind and age band. */
    @PutMapping
    Bekostigingstelling set(@Valid @RequestBody BekostigingstellingInput input) {
        return tellingen.set(user(), input);
    }

    @PostMapping("/afleiding")
    List<Bekostigingstelling> derive(@Valid @RequestBody Afleiding afleiding) {
        if (afleiding.onderdeel() == Onderdeel.BASIS) {
            return List.of(tellingen.deriveBasis(user(), afleiding.teldatum()));
        }
        return tellingen.deriveVerrekening(user(), afleiding.teldatum());
    }

    /** DUO's counts as CSV (teldatum;soort;leeftijdsklasse;aantal). 422 with {@code regels} when any line is wrong. */
    @PostMapping(value = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> importDuo(@RequestBody String csv) {
        BekostigingstellingImport result = tellingen.importDuo(user(), csv);
        if (result.geslaagd()) {
            return ResponseEntity.ok(result.opgeslagen());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage("error.telling-import-ongeldig", null, DUTCH));
        problem.setTitle(messages.getMessage("error.title.422", null, "Unprocessable", DUTCH));
        problem.setProperty("code", "telling-import-ongeldig");
        problem.setProperty("regels", result.fouten().stream().map(f -> Map.of("regel", f.regel(), "code", f.code(),
                "melding", messages.getMessage(f.messageKey(), f.argumenten(), DUTCH))).toList());
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
