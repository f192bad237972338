package nl.passend.tlv.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.tlv.Advies;
import nl.passend.tlv.AdviesInput;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.AssignedDeskundige;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitInput;
import nl.passend.tlv.BesluitService;
import nl.passend.tlv.Bijlage;
import nl.passend.tlv.BijlageService;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagInput;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvAanvraagStatus;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * TLV requests as JSON: filing, the intake acts, attachments, the advice round and the decision. The
 * same services and rules as the screens; acts on a versioned request carry the {@code version} last read.
 */
@RestController
@RequestMapping("/api/v1/tlv-aanvragen")
@Tag(name = "TLV-aanvragen", description = "Aanvraag, volledigheid, deskundigenadvies en besluit van een toelaatbaarheidsverklaring")
class TlvAanvraagApiController {

    private final TlvAanvraagService aanvragen;
    private final BijlageService bijlagen;
    private final AdviesService adviezen;
    private final BesluitService besluiten;

    TlvAanvraagApiController(TlvAanvraagService aanvragen, BijlageService bijlagen, AdviesService adviezen,
                             BesluitService besluiten) {
        this.aanvragen = aanvragen;
        this.bijlagen = bijlagen;
        this.adviezen = adviezen;
        this.besluiten = besluiten;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    /** A question to the school, with the version last read. */
    record InformationRequest(@NotNull String vraag, Integer version) {
    }

    /** The version last read, for acts without other input. */
    record VersionBody(Integer version) {
    }

    /** The deskundige to assign. */
    record Assignment(@NotNull UUID deskundigeId) {
    }

    @GetMapping
    List<TlvAanvraag> list(@RequestParam(required = false) TlvAanvraagStatus status,
                           @RequestParam(required = false) UUID leerling) {
        return aanvragen.list(user(), status, leerling);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TlvAanvraag submit(@Valid @RequestBody TlvAanvraagInput input) {
        return aanvragen.submit(user(), input);
    }

    @GetMapping("/{id}")
    TlvAanvraag get(@PathVariable UUID id) {
        return aanvragen.get(user(), id);
    }

    @PostMapping("/{id}/aanvulling-vragen")
    TlvAanvraag requestInformation(@PathVariable UUID id, @Valid @RequestBody InformationRequest body) {
        return aanvragen.requestInformation(user(), id, body.vraag(), body.version());
    }

    @PostMapping("/{id}/aanvullen")
    TlvAanvraag supplement(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                           @Valid @RequestBody TlvAanvraagInput input) {
        return aanvragen.supplement(user(), id, input, version);
    }

    @PostMapping("/{id}/compleet")
    TlvAanvraag complete(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return aanvragen.markComplete(user(), id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/intrekken")
    TlvAanvraag withdraw(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return aanvragen.withdraw(user(), id, body == null ? null : body.version());
    }

    @GetMapping("/{id}/bijlagen")
    List<Bijlage> attachments(@PathVariable UUID id) {
        return bijlagen.list(user(), id);
    }

    @PostMapping(path = "/{id}/bijlagen", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    Bijlage addAttachment(@PathVariable UUID id, @RequestPart("bestand") MultipartFile bestand,
                          @RequestParam boolean toestemmingOuders,
                          @RequestParam(defaultValue = "true") boolean gezondheidsgegevens) throws IOException {
        return bijlagen.add(user(), id, bestand.getOriginalFilename(), bestand.getContentType(), bestand.getBytes(),
                toestemmingOuders, gezondheidsgegevens);
    }

    @GetMapping("/{id}/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID bijlageId) {
        return Downloads.attachment(bijlagen.content(user(), id, bijlageId));
    }

    @GetMapping("/{id}/deskundigen")
    List<AssignedDeskundige> deskundigen(@PathVariable UUID id) {
        return adviezen.assigned(user(), id);
    }

    @PostMapping("/{id}/deskundigen")
    List<AssignedDeskundige> assign(@PathVariable UUID id, @Valid @RequestBody Assignment body) {
        return adviezen.assign(user(), id, body.deskundigeId());
    }

    @GetMapping("/{id}/adviezen")
    List<Advies> advices(@PathVariable UUID id) {
        return adviezen.list(user(), id);
    }

    @PostMapping("/{id}/adviezen")
    @ResponseStatus(HttpStatus.CREATED)
    Advies advise(@PathVariable UUID id, @Valid @RequestBody AdviesInput input) {
        return adviezen.advise(user(), id, input);
    }

    @GetMapping("/{id}/besluiten")
    List<Besluit> decisions(@PathVariable UUID id) {
        return besluiten.list(user(), id);
    }

    @PostMapping("/{id}/besluit")
    @ResponseStatus(HttpStatus.CREATED)
    Besluit decide(@PathVariable UUID id, @Valid @RequestBody BesluitInput input) {
        return besluiten.decide(user(), id, input);
    }

    @PostMapping("/{id}/heropenen")
    TlvAanvraag reopen(@PathVariable UUID id) {
        return besluiten.reopen(user(), id);
    }
}
