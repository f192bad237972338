package nl.passend.tlv.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.Terugplaatsing;
import nl.passend.tlv.TerugplaatsingService;
import nl.passend.tlv.Tlv;
import nl.passend.tlv.TlvFilter;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvStatus;
import nl.passend.tlv.TlvType;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The TLV register as JSON and as the CSV export with the OSO TLV fields; terugplaatsing; decision letters. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "TLV-register", description = "Toelaatbaarheidsverklaringen, export met de OSO-velden, terugplaatsing")
class TlvApiController {

    private final TlvRegister register;
    private final TerugplaatsingService terugplaatsingen;
    private final BesluitService besluiten;

    TlvApiController(TlvRegister register, TerugplaatsingService terugplaatsingen, BesluitService besluiten) {
        this.register = register;
        this.terugplaatsingen = terugplaatsingen;
        this.besluiten = besluiten;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    /** A planned return to a regular school. */
    record TerugplaatsingRequest(@NotNull UUID doelschoolId,
                                 @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
                                 String toelichting) {
    }

    private static TlvFilter filter(UUID school, TlvType type, Bekostigingscategorie categorie, TlvStatus status,
                                    LocalDate eindeVoor, UUID leerling) {
        return new TlvFilter(school, type, categorie, status, eindeVoor, leerling);
    }

    @GetMapping("/tlvs")
    List<Tlv> list(@RequestParam(required = false) UUID school, @RequestParam(required = false) TlvType type,
                   @RequestParam(required = false) Bekostigingscategorie categorie,
                   @RequestParam(required = false) TlvStatus status,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eindeVoor,
                   @RequestParam(required = false) UUID leerling) {
        return register.list(user(), filter(school, type, categorie, status, eindeVoor, leerling));
    }

    /** The register as CSV (semicolon, UTF-8) with the OSO TLV fields first. */
    @GetMapping(path = "/tlvs/export", produces = "text/csv")
    ResponseEntity<String> export(@RequestParam(required = false) UUID school, @RequestParam(required = false) TlvType type,
                                  @RequestParam(required = false) Bekostigingscategorie categorie,
                                  @RequestParam(required = false) TlvStatus status,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eindeVoor) {
        String csv = register.exportCsv(user(), filter(school, type, categorie, status, eindeVoor, null));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tlv-register.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv);
    }

    @GetMapping("/tlvs/{id}")
    Tlv get(@PathVariable UUID id) {
        return register.get(user(), id);
    }

    @GetMapping("/tlvs/{id}/terugplaatsingen")
    List<Terugplaatsing> terugplaatsingen(@PathVariable UUID id) {
        return terugplaatsingen.forTlv(user(), id);
    }

    @PostMapping("/tlvs/{id}/terugplaatsingen")
    @ResponseStatus(HttpStatus.CREATED)
    Terugplaatsing plan(@PathVariable UUID id, @Valid @RequestBody TerugplaatsingRequest body) {
        return terugplaatsingen.plan(user(), id, body.doelschoolId(), body.datum(), body.toelichting());
    }

    /** Marks a planned terugplaatsing done ({@code AFGEROND}) or cancelled ({@code GEANNULEERD}). */
    record Finish(@NotNull Terugplaatsing.TerugplaatsingStatus status, Integer version) {
    }

    @PostMapping("/terugplaatsingen/{id}/status")
    Terugplaatsing finish(@PathVariable UUID id, @Valid @RequestBody Finish body) {
        return terugplaatsingen.finish(user(), id, body.status(), body.version());
    }

    @GetMapping(path = "/tlv-besluiten/{id}/beschikking", produces = "application/pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return Downloads.attachment(besluiten.letter(user(), id));
    }
}
