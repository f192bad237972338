package nl.passend.groeidocument.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import nl.passend.groeidocument.Bijlage;
import nl.passend.groeidocument.EvaluatieInput;
import nl.passend.groeidocument.GroeidocumentInput;
import nl.passend.groeidocument.GroeidocumentService;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.groeidocument.Opp;
import nl.passend.groeidocument.OppInput;
import nl.passend.groeidocument.OppService;
import nl.passend.groeidocument.OppVersie;
import nl.passend.groeidocument.Toestemming;
import nl.passend.groeidocument.ToestemmingInput;
import nl.passend.groeidocument.ToestemmingService;
import nl.passend.shared.PassendException;
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

/** Groeidocument, consent records and OPP of a pupil as JSON; the same services and rules as the screens. */
@RestController
@RequestMapping("/api/v1/leerlingen/{id}")
@Tag(name = "Groeidocument en OPP", description = "Groeidocument (versies, bijlagen), toestemmingen en OPP van een leerling")
class GroeidocumentApiController {

    private final GroeidocumentService documenten;
    private final ToestemmingService toestemmingen;
    private final OppService opps;

    GroeidocumentApiController(GroeidocumentService documenten, ToestemmingService toestemmingen, OppService opps) {
        this.documenten = documenten;
        this.toestemmingen = toestemmingen;
        this.opps = opps;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping("/groeidocument")
    GroeidocumentVersie current(@PathVariable UUID id) {
        return documenten.current(user(), id).orElseThrow(() -> new PassendException.NotFound("groeidocument-not-found"));
    }

    @PostMapping("/groeidocument")
    @ResponseStatus(HttpStatus.CREATED)
    GroeidocumentVersie save(@PathVariable UUID id, @Valid @RequestBody GroeidocumentInput input) {
        return documenten.save(user(), id, input);
    }

    @GetMapping("/groeidocument/versies")
    List<GroeidocumentVersie> versions(@PathVariable UUID id) {
        return documenten.versions(user(), id);
    }

    @GetMapping("/groeidocument/bijlagen")
    List<Bijlage> bijlagen(@PathVariable UUID id) {
        return documenten.bijlagen(user(), id);
    }

    @GetMapping("/toestemmingen")
    List<Toestemming> toestemmingen(@PathVariable UUID id) {
        return toestemmingen.list(user(), id);
    }

    @PostMapping("/toestemmingen")
    @ResponseStatus(HttpStatus.CREATED)
    Toestemming record(@PathVariable UUID id, @Valid @RequestBody ToestemmingInput input) {
        if (!id.equals(input.leerlingId())) {
            throw new PassendException.RuleViolation("toestemming-leerling-mismatch");
        }
        return toestemmingen.record(user(), input);
    }

    @GetMapping("/opp")
    Opp opp(@PathVariable UUID id) {
        return opps.current(user(), id).orElseThrow(() -> new PassendException.NotFound("opp-not-found"));
    }

    @PostMapping("/opp")
    @ResponseStatus(HttpStatus.CREATED)
    Opp createOpp(@PathVariable UUID id, @Valid @RequestBody OppInput input) {
        return opps.create(user(), id, input);
    }

    @PutMapping("/opp")
    Opp updateOpp(@PathVariable UUID id, @RequestParam int version, @Valid @RequestBody OppInput input) {
        return opps.update(user(), opp(id).id(), input, version);
    }

    @PostMapping("/opp/vaststellen")
    Opp vaststellen(@PathVariable UUID id, @RequestParam int version) {
        return opps.vaststellenHandelingsdeel(user(), opp(id).id(), version);
    }

    @PostMapping("/opp/evaluaties")
    @ResponseStatus(HttpStatus.CREATED)
    Opp evaluatie(@PathVariable UUID id, @Valid @RequestBody EvaluatieInput input) {
        return opps.addEvaluatie(user(), opp(id).id(), input);
    }

    @GetMapping("/opp/versies")
    List<OppVersie> oppVersions(@PathVariable UUID id) {
        return opps.versions(user(), opp(id).id());
    }
}
