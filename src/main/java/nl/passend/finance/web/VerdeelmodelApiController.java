package nl.passend.finance.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelUitkomst;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Verdeelmodellen as JSON: the same service and rules as the screens. */
@RestController
@RequestMapping("/api/v1/verdeelmodellen")
@Tag(name = "Verdeelmodellen", description = "Verdeelmodel per jaar: componenten, instemming OPR, vaststelling en verdeling")
class VerdeelmodelApiController {

    private final VerdeelmodelService modellen;

    VerdeelmodelApiController(VerdeelmodelService modellen) {
        this.modellen = modellen;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping
    List<Verdeelmodel> list(@RequestParam(required = false) Integer jaar) {
        return modellen.list(user(), jaar);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Verdeelmodel create(@Valid @RequestBody VerdeelmodelInput input) {
        return modellen.create(user(), input);
    }

    @GetMapping("/{id}")
    Verdeelmodel get(@PathVariable UUID id) {
        return modellen.get(user(), id);
    }

    @PutMapping("/{id}")
    Verdeelmodel update(@PathVariable UUID id, @Valid @RequestBody VerdeelmodelInput input) {
        return modellen.update(user(), id, input);
    }

    /** A new concept version copying this model and its components. */
    @PostMapping("/{id}/nieuwe-versie")
    @ResponseStatus(HttpStatus.CREATED)
    Verdeelmodel newVersion(@PathVariable UUID id) {
        return modellen.newVersion(user(), id);
    }

    @PostMapping("/{id}/componenten")
    @ResponseStatus(HttpStatus.CREATED)
    Verdeelmodel addComponent(@PathVariable UUID id, @Valid @RequestBody VerdeelmodelComponentInput input) {
        return modellen.addComponent(user(), id, input);
    }

    @PutMapping("/{id}/componenten/{componentId}")
    Verdeelmodel updateComponent(@PathVariable UUID id, @PathVariable UUID componentId,
                                 @Valid @RequestBody VerdeelmodelComponentInput input) {
        return modellen.updateComponent(user(), id, componentId, input);
    }

    @DeleteMapping("/{id}/componenten/{componentId}")
    Verdeelmodel removeComponent(@PathVariable UUID id, @PathVariable UUID componentId,
                                 @RequestParam(required = false) Integer version) {
        return modellen.removeComponent(user(), id, componentId, version);
    }

    @PostMapping("/{id}/opr-instemming")
    Verdeelmodel oprInstemming(@PathVariable UUID id, @Valid @RequestBody VerdeelmodelOprInput input) {
        return modellen.recordOprInstemming(user(), id, input);
    }

    /** The body may be empty: then the available amount is the netto ontvangst of the year. */
    @PostMapping("/{id}/vaststelling")
    Verdeelmodel vaststelling(@PathVariable UUID id,
                              @Valid @RequestBody(required = false) VerdeelmodelVaststellingInput input) {
        return modellen.vaststellen(user(), id, input == null ? new VerdeelmodelVaststellingInput() : input);
    }

    /** The allocation: stored for a vastgesteld model, computed now for a concept (optionally on a given amount). */
    @GetMapping("/{id}/verdeling")
    VerdelingResponse verdeling(@PathVariable UUID id, @RequestParam(required = false) BigDecimal beschikbaar) {
        return VerdelingResponse.of(modellen.uitkomst(user(), id, beschikbaar));
    }

    /** The allocation in totals per receiver; every list adds up to the component totals. */
    record VerdelingResponse(UUID verdeelmodelId, BigDecimal beschikbaar, VerdeelmodelUitkomst.Bron bron,
                             BigDecimal totaal, BigDecimal rest, boolean tekort, List<ComponentTotaal> componenten,
                             List<BestuurDeel> besturen, List<WerkgebiedDeel> werkgebieden, BigDecimal frictiereserve,
                             List<PostDeel> centraal, List<UUID> scholenZonderTelling, UUID berekeningId) {

        static VerdelingResponse of(VerdeelmodelUitkomst u) {
            var v = u.verdeling();
            return new VerdelingResponse(u.verdeelmodelId(), u.beschikbaar(), u.bron(), v.totaal(), v.rest(), v.tekort(),
                    v.componenten().stream().map(c -> new ComponentTotaal(c.component().id(), c.component().naam(),
                            c.component().soort(), c.component().post(), c.totaal())).toList(),
                    u.perBestuur().entrySet().stream().map(e -> new BestuurDeel(e.getKey(), e.getValue(),
                            v.maandbedragen(e.getKey()))).toList(),
                    u.perWerkgebied().entrySet().stream().map(e -> new WerkgebiedDeel(e.getKey(), e.getValue())).toList(),
                    u.frictiereserve(),
                    u.centraalPerPost().entrySet().stream().map(e -> new PostDeel(e.getKey(), e.getValue())).toList(),
                    u.scholenZonderTelling(), u.berekeningId());
        }
    }

    record ComponentTotaal(UUID componentId, String naam, ComponentSoort soort, Begrotingspost post, BigDecimal totaal) {
    }

    record BestuurDeel(UUID bestuurId, BigDecimal jaarbedrag, List<BigDecimal> maandbedragen) {
    }

    record WerkgebiedDeel(UUID werkgebiedId, BigDecimal bedrag) {
    }

    record PostDeel(Begrotingspost post, BigDecimal bedrag) {
    }
}
