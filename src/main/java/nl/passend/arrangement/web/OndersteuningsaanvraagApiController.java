package nl.passend.arrangement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.passend.arrangement.AanvraagInput;
import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementBesluitService;
import nl.passend.arrangement.ArrangementSettings;
import nl.passend.arrangement.ArrangementSettingsService;
import nl.passend.arrangement.BudgetCheck;
import nl.passend.arrangement.MdoInput;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.arrangement.ToekenningInput;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aanvragen extra ondersteuning as JSON: the same services and rules as the screens; every act carries the
 * {@code version} last read (refused with version-required without it).
 */
@RestController
@RequestMapping("/api/v1/aanvragen")
@Tag(name = "Aanvragen extra ondersteuning", description = "Aanvraag, fiat, behandeling, MDO en besluit")
class OndersteuningsaanvraagApiController {

    private final OndersteuningsaanvraagService aanvragen;
    private final ArrangementBesluitService besluiten;
    private final ArrangementSettingsService settings;

    OndersteuningsaanvraagApiController(OndersteuningsaanvraagService aanvragen, ArrangementBesluitService besluiten,
                                        ArrangementSettingsService settings) {
        this.aanvragen = aanvragen;
        this.besluiten = besluiten;
        this.settings = settings;
    }

    /** The SWV setting whether the bestuur approves (fiatteert) an aanvraag first (for readers of aanvragen). */
    @GetMapping("/instellingen")
    ArrangementSettings settings() {
        return settings.current(user());
    }

    @PutMapping("/instellingen")
    ArrangementSettings updateSettings(@RequestBody ArrangementSettings body) {
        return settings.update(user(), body);
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    record VersionBody(Integer version) {
    }

    record FiatBody(boolean akkoord, String toelichting, Integer version) {
        @Override
        public String toString() {
            return "FiatBody[" + akkoord + ", " + version + "]";
        }
    }

    record TakeBody(UUID consulentId, Integer version) {
    }

    /** Free text that may describe the pupil: redacted in toString. */
    record TextBody(String tekst, Integer version) {
        @Override
        public String toString() {
            return "TextBody[" + version + "]";
        }
    }

    /** Free text that may describe the pupil: redacted in toString. */
    record SupplementBody(String antwoord, UUID groeidocumentVersieId, Integer version) {
        @Override
        public String toString() {
            return "SupplementBody[" + groeidocumentVersieId + ", " + version + "]";
        }
    }

    record MdoBody(MdoInput mdo, Integer version) {
    }

    record GrantBody(ToekenningInput toekenning, Integer version) {
    }

    /** Free text that may describe the pupil: redacted in toString. */
    record HoldBody(String gronden, LocalDate tot, Integer version) {
        @Override
        public String toString() {
            return "HoldBody[" + tot + ", " + version + "]";
        }
    }

    @GetMapping
    List<Ondersteuningsaanvraag> list(@RequestParam(required = false) OndersteuningsaanvraagStatus status,
                                      @RequestParam(required = false) UUID leerling) {
        return aanvragen.list(user(), status, leerling);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Ondersteuningsaanvraag create(@RequestBody AanvraagInput input) {
        return aanvragen.createConcept(user(), input);
    }

    @GetMapping("/{id}")
    Ondersteuningsaanvraag get(@PathVariable UUID id) {
        return aanvragen.get(user(), id);
    }

    /**
     * Changes a concept (school, pupil or group, route, question, groeidocument version: the whole input as
     * with POST) with the version last read as {@code ?version=}; only while it is a concept.
     */
    @PutMapping("/{id}")
    Ondersteuningsaanvraag update(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                                  @RequestBody AanvraagInput input) {
        return aanvragen.updateConcept(user(), id, input, version);
    }

    @PostMapping("/{id}/indienen")
    Ondersteuningsaanvraag submit(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return aanvragen.submit(user(), id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/fiat")
    Ondersteuningsaanvraag fiat(@PathVariable UUID id, @RequestBody FiatBody body) {
        return aanvragen.fiatteer(user(), id, body.akkoord(), body.toelichting(), body.version());
    }

    @PostMapping("/{id}/in-behandeling")
    Ondersteuningsaanvraag take(@PathVariable UUID id, @RequestBody(required = false) TakeBody body) {
        return aanvragen.takeInBehandeling(user(), id, body == null ? null : body.consulentId(),
                body == null ? null : body.version());
    }

    @PostMapping("/{id}/informatie-vragen")
    Ondersteuningsaanvraag askInformation(@PathVariable UUID id, @RequestBody TextBody body) {
        return aanvragen.requestInformation(user(), id, body.tekst(), body.version());
    }

    @PostMapping("/{id}/aanvullen")
    Ondersteuningsaanvraag supplement(@PathVariable UUID id, @RequestBody SupplementBody body) {
        return aanvragen.supplement(user(), id, body.antwoord(), body.groeidocumentVersieId(), body.version());
    }

    @PostMapping("/{id}/mdo")
    Ondersteuningsaanvraag mdo(@PathVariable UUID id, @RequestBody MdoBody body) {
        return aanvragen.recordMdo(user(), id, body.mdo(), body.version());
    }

    @PostMapping("/{id}/budgetcontrole")
    BudgetCheck checkBudget(@PathVariable UUID id, @RequestBody ToekenningInput body) {
        return besluiten.checkBudget(user(), id, body);
    }

    @PostMapping("/{id}/toekennen")
    @ResponseStatus(HttpStatus.CREATED)
    Arrangement grant(@PathVariable UUID id, @RequestBody GrantBody body) {
        return besluiten.grant(user(), id, body.toekenning(), body.version());
    }

    @PostMapping("/{id}/afwijzen")
    Ondersteuningsaanvraag refuse(@PathVariable UUID id, @RequestBody TextBody body) {
        return besluiten.refuse(user(), id, body.tekst(), body.version());
    }

    @PostMapping("/{id}/aanhouden")
    Ondersteuningsaanvraag hold(@PathVariable UUID id, @RequestBody HoldBody body) {
        return besluiten.hold(user(), id, body.gronden(), body.tot(), body.version());
    }

    @PostMapping("/{id}/hervatten")
    Ondersteuningsaanvraag resume(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return besluiten.resume(user(), id, body == null ? null : body.version());
    }
}
